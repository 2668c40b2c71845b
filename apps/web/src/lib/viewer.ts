import 'server-only';
import { cache } from 'react';
import { editorToken } from './editor-session';

/**
 * Whether the reader has signed in as an editor, once per request: editors see the readings behind the
 * figures (the dataset's notes), the change log and the entry page; visitors see the product.
 */
export const isEditor = cache(async (): Promise<boolean> => (await editorToken()) !== null);
