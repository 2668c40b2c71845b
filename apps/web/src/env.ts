import 'server-only';

/** The API's GraphQL endpoint, read on the server only: the browser never calls the API directly. */
export const API_URL =
  process.env.API_URL || `http://localhost:${process.env.API_PORT || 4000}/graphql`;

/** Whether the editor's sign-in cookie is sent over HTTPS only; set it wherever the app is served with TLS. */
export const COOKIE_SECURE = process.env.COOKIE_SECURE === 'true';

/** `next dev`: React's development build evaluates code, which the page's CSP then allows. */
export const DEVELOPMENT = process.env.NODE_ENV === 'development';
