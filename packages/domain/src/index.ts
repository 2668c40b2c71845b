export * from './fiscal-year/index.js';
export * from './era/index.js';
export * from './yen/index.js';
export * from './text/index.js';
export * from './derived/index.js';
export * from './achievement/index.js';
export * from './cost/index.js';
export * from './comparison/index.js';
