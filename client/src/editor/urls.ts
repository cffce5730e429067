/** Link addresses typed by people: completed when obviously meant, refused when dangerous. */

/** Adds https:// to bare domains; `null` for schemes other than http(s), mailto and tel (javascript:, data: …). */
export function normaliseUrl(input: string): string | null {
  const url = input.trim();
  if (!url) return '';
  if (/^(https?:|mailto:|tel:)/i.test(url)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  if (url.startsWith('/') || url.startsWith('#')) return url;
  return `https://${url}`;
}

/** For LinkPlugin: only links this module would have produced itself. */
export function validateUrl(url: string): boolean {
  return url !== '' && normaliseUrl(url) === url;
}
