import 'server-only';

/** The API's GraphQL endpoint, read on the server only: the browser never calls the API directly. */
export const API_URL = process.env.API_URL || 'http://localhost:4000/graphql';
