import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type ArgumentNode, type DocumentNode } from 'graphql';
import { badUserInput } from './errors.js';

/** PostgreSQL's text cannot hold U+0000: sent on, it fails the statement as a server error. */
const NUL = '\u0000';

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.values(value).some(holdsNul);
  return false;
}

/** Apollo keeps a parsed document for every request of the same text: its literals are read once. */
const checked = new WeakMap<DocumentNode, string | null>();

/** The first argument whose literal text holds a NUL, by name. */
function argumentWithNul(document: DocumentNode): string | null {
  if (checked.has(document)) return checked.get(document)!;
  const found = literalWithNul(document);
  checked.set(document, found);
  return found;
}

function literalWithNul(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node: ArgumentNode) {
      if (found) return false;
      let nul = false;
      visit(node.value, {
        [Kind.STRING]: (string) => {
          if (string.value.includes(NUL)) nul = true;
        },
      });
      if (nul) found = node.name.value;
      return false;
    },
  });
  return found;
}

/**
 * Refuses text with a NUL character in any argument or variable before the operation runs, naming it,
 * so it is the client's error it is rather than a statement PostgreSQL rejects.
 */
export const textInputCheck: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const argument = argumentWithNul(document);
        if (argument)
          throw badUserInput(argument, 'text may not contain the NUL character (U+0000)');
        for (const [name, value] of Object.entries(request.variables ?? {})) {
          if (holdsNul(value))
            throw badUserInput(`$${name}`, 'text may not contain the NUL character (U+0000)');
        }
      },
    };
  },
};
