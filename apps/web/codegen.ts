import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types of the web app's operations, checked against the shared SDL. */
const config: CodegenConfig = {
  schema: '../../packages/schema/src/*.graphql',
  documents: ['src/lib/api/operations/*.ts'],
  generates: {
    'src/lib/api/generated.ts': {
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Yen: 'number', ID: 'string', DateTime: 'string' },
        avoidOptionals: true,
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
