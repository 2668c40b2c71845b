import { readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

describe('generated types', () => {
  it('match the SDL: run `pnpm codegen` after changing the schema', async () => {
    const outputs = await generate({ ...config, hooks: {}, cwd: process.cwd() }, false);
    for (const output of outputs) {
      const committed = await readFile(output.filename, 'utf8');
      const options = await resolveConfig(output.filename);
      const fresh = await format(output.content, { ...options, filepath: output.filename });
      expect(fresh, `${output.filename} is stale`).toBe(committed);
    }
  });
});
