// The address a page offers to be scanned, and the QR code's SVG. Decoding
// the codes as a phone would is tests/browser/qr-codes.test.ts.
import { describe, expect, it } from 'vitest';
import { displayAddress, qrSvg, shareAddress } from '../../src/lib/qr.ts';

const shorts = new Map([['/interventions/cos-p/', '/go/cos-p/']]);

describe('the address a page offers', () => {
  it('is the short link where the page has one, else the canonical address, base path included', () => {
    expect(shareAddress('/interventions/cos-p/', shorts, 'https://example.org', '/')).toEqual({ url: 'https://example.org/go/cos-p/', short: true });
    expect(shareAddress('/outcomes/bonding/', shorts, 'https://example.org', '/')).toEqual({ url: 'https://example.org/outcomes/bonding/', short: false });
    expect(shareAddress('/interventions/cos-p/', shorts, 'https://example.github.io', '/preview/').url).toBe('https://example.github.io/preview/go/cos-p/');
    expect(displayAddress('https://example.org/go/cos-p/')).toBe('example.org/go/cos-p/');
  });
});

describe('a QR code', () => {
  it('is one labelled SVG image with no script, style or outside reference', async () => {
    const svg = await qrSvg('https://example.org/go/cos-p/', { className: 'qr' });
    expect(svg).toMatch(/^<svg role="img" aria-label="QR code for example\.org\/go\/cos-p\/" class="qr" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg).not.toMatch(/<script|style=|href=|<image/);
    expect(svg.match(/<svg/g)).toHaveLength(1);
  });
  it('grows with the address: a short link makes a coarser code than a long address', async () => {
    const size = async (url: string) => Number((await qrSvg(url)).match(/viewBox="0 0 (\d+)/)![1]);
    expect(await size('https://attachment-evidence.org/go/cos-p/')).toBeLessThan(await size('https://attachment-evidence.org/interventions/relationship-based-parenting-interventions/'));
  });
});
