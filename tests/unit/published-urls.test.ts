// The list of published addresses: what counts as an address, and which
// listed ones a build leaves dangling (the build's post-check uses these).
import { describe, expect, it } from 'vitest';
import { fileForPath, parsePublishedUrls, publishedPathOf, unlistedUrls, unresolvedMessage, unresolvedUrls } from '../../src/lib/published-urls.ts';

describe('published addresses', () => {
  it('reads one site path per line, skipping comments and blank lines', () => {
    expect(parsePublishedUrls('# header\n/\n\n/interventions/cos-p/   # the programme\r\n/feed.xml\n')).toEqual(['/', '/interventions/cos-p/', '/feed.xml']);
  });
  it('counts pages, redirect pages and downloads as addresses, not bundles, the search index or host files', () => {
    expect(publishedPathOf('index.html')).toBe('/');
    expect(publishedPathOf('go/cos-p/index.html')).toBe('/go/cos-p/');
    expect(publishedPathOf('reviews/cosi-trial/effects.csv')).toBe('/reviews/cosi-trial/effects.csv');
    expect(publishedPathOf('feed.xml')).toBe('/feed.xml');
    for (const f of ['_astro/x.css', 'pagefind/pagefind.js', '404.html', '_headers', '_redirects', 'CNAME', 'favicon.svg']) expect(publishedPathOf(f), f).toBeUndefined();
  });
  it('finds a listed address the build no longer has, and says how to keep it', () => {
    const built = new Set(['index.html', 'interventions/cos-p/index.html', 'go/cos-p/index.html', 'data/effects.csv']);
    expect(fileForPath('/interventions/cos-p/')).toBe('interventions/cos-p/index.html');
    expect(unresolvedUrls(['/', '/interventions/cos-p/', '/go/cos-p/', '/data/effects.csv'], built)).toEqual([]);
    expect(unresolvedUrls(['/', '/interventions/circle-of-security/', '/compare/abc-vs-cos-p/'], built)).toEqual(['/interventions/circle-of-security/', '/compare/abc-vs-cos-p/']);
    expect(unresolvedMessage(['/interventions/circle-of-security/'])).toMatch(/^1 published address \(listed in published-urls.txt\) no longer leads anywhere:\n {2}\/interventions\/circle-of-security\/\n.*aliases: \["interventions\/old-id"\]/s);
  });
  it('finds addresses the build publishes that the list does not hold yet', () => {
    expect(unlistedUrls(['/'], ['index.html', 'about/index.html', '_astro/a.js', 'data/effects.json'])).toEqual(['/about/', '/data/effects.json']);
  });
});
