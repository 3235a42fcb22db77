import { site } from '../site.config.ts';

/** An absolute address on the site from a site path, base path included: what downloads and the feed link to. */
export function absoluteUrl(path: string, origin: string = site.origin, base: string = site.base): string {
  return new URL(`${base.replace(/\/$/, '')}${path}`, origin).href;
}
