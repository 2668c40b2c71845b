import type { CodegenConfig } from '@graphql-codegen/cli';

/** The schema's own types, for any consumer; resolvers and operations are typed in the apps. */
const config: CodegenConfig = {
  schema: 'src/*.graphql',
  generates: {
    'src/generated/types.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        scalars: { Yen: 'number', ID: 'string' },
        useTypeImports: true,
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
