/**
 * QR codes made at build time as inline SVG (no script, no image request),
 * and the address each page offers to be scanned: its short link where it has
 * one (shorter, so a coarser code that scans from further away, and permanent),
 * otherwise its canonical address.
 */
import QRCode from 'qrcode';
import { absoluteUrl } from './site-url.ts';

/**
 * The absolute address to share for a page. `pagePath` is a site path without
 * the base path (/interventions/cos-p/); `shortLinks` maps such paths to short links.
 */
export function shareAddress(pagePath: string, shortLinks: ReadonlyMap<string, string>, origin?: string, base?: string): { url: string; short: boolean } {
  const short = shortLinks.get(pagePath);
  return { url: absoluteUrl(short ?? pagePath, origin, base), short: short !== undefined };
}

/** An address as people read it aloud or type it from a slide: no scheme. */
export const displayAddress = (url: string) => url.replace(/^https?:\/\//, '');

/**
 * A QR code for `url` as an SVG element string, labelled for screen readers.
 * Dark modules on white with the standard four-module quiet zone, whatever
 * the page's colour scheme, so phones read it on screen and on paper.
 */
export async function qrSvg(url: string, options: { className?: string } = {}): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  const label = `QR code for ${displayAddress(url)}`.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return svg.trim().replace(/^<svg /, `<svg role="img" aria-label="${label}"${options.className ? ` class="${options.className}"` : ''} `);
}
