/**
 * The browser-side defences every answer carries: a Content-Security-Policy that lets the app
 * load only its own scripts, styles, workers and connections (so injected markup cannot run or
 * send anything elsewhere), no framing (clickjacking), `nosniff`, and no referrer (the public
 * page may carry a confirmation token in its query). Answers that set their own, stricter CSP
 * (the HTML exports and reports: `default-src 'none'`) keep it: headers a handler set win.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The app's policy. The built client is one script module and its CSS files; React and Lexical
 * style elements through the CSSOM (`element.style`, constructed sheets for remote carets), which
 * CSP does not govern, so no `'unsafe-inline'`. `connect-src 'self'` covers the same-origin
 * WebSocket (CSP3: `'self'` matches ws: and wss: on the page's host and port). The service worker
 * (`/sw.js`) and the web manifest are same-origin too.
 */
export const APP_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  connectSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
};

export interface SecurityHeadersOptions {
  /** Served over https (`ACCORD_SECURE_COOKIES`): browsers are also told to keep to https. */
  https: boolean;
}

/** The headers above on every answer, without replacing one a handler set. */
export function securityHeaders(options: SecurityHeadersOptions): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: APP_CSP,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: true,
    // Over plain http (a laptop, loopback) HSTS means nothing; over https it keeps people there.
    strictTransportSecurity: options.https ? 'max-age=15552000' : false,
    // The exports and downloads are fetched by the app itself and opened as pages: same origin.
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    overwrite: false,
  });
}
