/**
 * What the app does so it runs under Accord's Content-Security-Policy (`script-src 'self'`, no
 * `'unsafe-eval'`; server/src/http/middleware/security-headers.ts). Imported first by main.tsx.
 */
import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it may, and finds out by trying: under the
// CSP that try is a violation report on every page. Its interpreted parsers are enough here.
z.config({ jitless: true });
