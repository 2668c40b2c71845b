export * from './fiscal-year/index.js';
export * from './era/index.js';
export * from './yen/index.js';
export * from './text/index.js';
