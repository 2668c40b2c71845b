import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../src/index.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]{3}/;

describe('the schema as a contract', () => {
  it('describes every type, field, argument and enum value, in Japanese and English', () => {
    const schema = buildSchema(typeDefs.join('\n'));
    const missing: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!description || !JAPANESE.test(description) || !LATIN.test(description))
        missing.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID', 'Query'].includes(type.name)
      )
        continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : [])
            check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues())
          check(`${type.name}.${value.name}`, value.description);
    }
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      check(`Query.${field.name}`, field.description);
      for (const arg of field.args) check(`Query.${field.name}(${arg.name})`, arg.description);
    }
    expect(missing).toEqual([]);
  });
});
