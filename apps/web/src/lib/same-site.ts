/**
 * A path on this site to go back to after signing in or out; anything else (another site, a
 * protocol-relative `//host`, a backslash browsers read as a slash) becomes the home page.
 */
export function sameSitePath(value: unknown): string {
  const path = typeof value === 'string' ? value : '';
  return /^\/(?![/\\])/.test(path) && !/[\r\n]/.test(path) ? path : '/';
}
