/**
 * The custom domain a build is published at, for GitHub Pages' CNAME file.
 * Only a build for the root of an https origin with a real host name claims a
 * domain: a preview under a base path, or on localhost, claims none.
 */
export function customDomain(origin: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`SITE_ORIGIN "${origin}" is not a web address (expected e.g. https://attachment-evidence.org)`);
  }
  if (url.protocol !== 'https:' || base.replace(/\/+$/, '') !== '') return undefined;
  const host = url.hostname;
  if (host === 'localhost' || /^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return undefined;
  return host;
}
