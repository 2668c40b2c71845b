import { NextResponse, type NextRequest } from 'next/server';
import { COOKIE_SECURE, DEVELOPMENT } from '@/env';
import { badParameter } from '@/lib/search-params';

/** The page's content security policy: scripts only from this site or carrying this request's nonce. */
function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${DEVELOPMENT ? " 'unsafe-eval'" : ''}`,
    // Charts and layout set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page that says which parameter of the URL is wrong, readable with no script at all. */
function badRequestPage(
  problem: NonNullable<ReturnType<typeof badParameter>>,
  lang: 'ja' | 'en',
): string {
  const title =
    lang === 'ja' ? 'URL のパラメータが正しくありません' : 'A parameter of the URL is wrong';
  const detail =
    lang === 'ja'
      ? `「${escape(problem.name)}」：${escape(problem.ja)}。`
      : `“${escape(problem.name)}”: ${escape(problem.en)}.`;
  const back = lang === 'ja' ? 'トップページへ' : 'Back to the overview';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p role="alert">${detail}</p><p><a href="/${lang === 'en' ? '?lang=en' : ''}">${back}</a></p></main></body></html>`;
}

function secured(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set('content-security-policy', csp);
  response.headers.set('x-frame-options', 'DENY');
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (https)
    response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
  return response;
}

/**
 * Every page: a fresh nonce for Next.js's own inline scripts under a strict CSP, headers that keep the
 * pages (the editor's sign-in among them) out of other sites' frames, and a 400 naming the parameter
 * for a URL its page cannot use.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  const https =
    COOKIE_SECURE ||
    request.nextUrl.protocol === 'https:' ||
    request.headers.get('x-forwarded-proto') === 'https';
  const problem = badParameter(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (problem) {
    const lang = request.nextUrl.searchParams.get('lang') === 'en' ? 'en' : 'ja';
    return secured(
      new NextResponse(badRequestPage(problem, lang), {
        status: 400,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      }),
      csp,
      https,
    );
  }
  const headers = new Headers(request.headers);
  // Next.js reads the policy from the request to put the nonce on the scripts it writes.
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  return secured(NextResponse.next({ request: { headers } }), csp, https);
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|icon.svg).*)' }],
};
