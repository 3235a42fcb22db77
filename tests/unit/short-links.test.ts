// Short links, aliases and former addresses: the checker's rules (what an
// editor sees for a clash), the redirects the build publishes, and the list
// of names the site keeps for itself held against the real src/pages and public/.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkPermanentLinks, isReserved, redirectsFile, redirectsFor, reservedNames, shortLinks } from '../../src/lib/short-links.ts';
import { validate } from '../../src/lib/validate.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { interventionSchema } from '../../src/schemas/intervention.ts';
import type { EntryLike } from '../../src/lib/integrity.ts';

const root = join(import.meta.dirname, '..', '..');
const intervention = (id: string, data: object = {}): EntryLike => ({ collection: 'interventions', id, file: `content/interventions/${id}.mdx`, data });
const review = (id: string, data: object = {}): EntryLike => ({ collection: 'reviews', id, file: `content/reviews/${id}.mdx`, data });

describe('the names the site keeps for itself', () => {
  it('include every top-level page, section and file of the build', () => {
    const tops = [...readdirSync(join(root, 'src', 'pages')), ...readdirSync(join(root, 'public'))]
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\.(astro|ts)$/, ''));
    expect(tops.length).toBeGreaterThan(10);
    expect(tops.filter((name) => !isReserved(name))).toEqual([]);
    for (const name of ['go', 'pagefind', '_astro', 'sitemap-index.xml', 'sitemap-0.xml', 'feed.xml', 'compare', 'data']) expect(isReserved(name), name).toBe(true);
    expect(isReserved('circle-of-security')).toBe(false);
    expect(reservedNames).toContain('evidence-map');
  });
});

describe('checking short links and aliases', () => {
  it('passes the real content, where every intervention and review chose its short link', () => {
    const { entries } = loadContent(root);
    expect(checkPermanentLinks(entries)).toEqual([]);
    const linked = entries.filter((e) => e.collection === 'interventions' || e.collection === 'reviews');
    expect(linked.length).toBeGreaterThan(30);
    expect(linked.filter((e) => typeof (e.data as { short?: unknown }).short !== 'string').map((e) => e.file)).toEqual([]);
  });

  it('refuses two pages with one short link, naming the second file and its field', () => {
    const problems = checkPermanentLinks([intervention('cos-p', { short: 'cos' }), review('cosi-trial', { short: 'cos' })]);
    expect(problems).toEqual([
      { file: 'content/reviews/cosi-trial.mdx', field: 'short', message: expect.stringMatching(/^the short link \/go\/cos\/ is already the short link of content\/interventions\/cos-p\.mdx; each short link must lead to one page/) },
    ]);
  });

  it('explains a clash when the short link fell back to the id', () => {
    const [problem, ...rest] = checkPermanentLinks([intervention('video-feedback'), review('video-feedback')]);
    expect(rest).toEqual([]);
    expect(problem!.file).toBe('content/reviews/video-feedback.mdx');
    expect(problem!.message).toMatch(/"short" is not set, so the short link is the id, \/go\/video-feedback\/.*set it in "short"/);
  });

  it('refuses an alias or short link that takes a section of the site', () => {
    const problems = checkPermanentLinks([intervention('a', { short: 'search', aliases: ['ok-name', 'reviews', 'compare'] })]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'short: the short link /go/search/ uses "search", a name the site keeps for its own addresses; choose another short name',
      "aliases[1]: /reviews/ is one of the site's own addresses; choose another alias",
      "aliases[2]: /compare/ is one of the site's own addresses; choose another alias",
    ]);
  });

  it('refuses an alias that is another page\'s short link, or another page\'s alias, or listed twice', () => {
    const problems = checkPermanentLinks([
      intervention('cos-p', { short: 'cos-p', aliases: ['circle-of-security', 'cos-p'] }),
      intervention('vipp-sd', { short: 'vipp', aliases: ['cos-p', 'circle-of-security', 'video', 'video'] }),
    ]);
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'content/interventions/vipp-sd.mdx: aliases[0]: /cos-p/ would lead here, but /go/cos-p/ leads to content/interventions/cos-p.mdx; one name must lead to one page, so choose another alias',
      'content/interventions/vipp-sd.mdx: aliases[1]: /circle-of-security/ is already an alias of content/interventions/cos-p.mdx (aliases[0]); one name must lead to one page',
      'content/interventions/vipp-sd.mdx: aliases[3]: /video/ is listed twice (also as aliases[2]); one name must lead to one page',
    ]);
  });

  it('takes a former address only from the page\'s own section, and only one no page has now', () => {
    const problems = checkPermanentLinks([
      intervention('new-name', { aliases: ['interventions/old-name', 'reviews/old-name', 'interventions/other'] }),
      intervention('other'),
    ]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'aliases[1]: "reviews/old-name" is a former address in /reviews/, but this page is in /interventions/; a former address must be this page\'s own, e.g. "interventions/old-id"',
      'aliases[2]: /interventions/other/ is a page that exists now, so it cannot lead here; list only addresses no page has any more',
    ]);
  });

  it('runs in the whole-site check the content checker and the build share', () => {
    const { entries } = loadContent(root);
    const broken = entries.map((e) => (e.id === 'cosi-trial' ? { ...e, data: { ...(e.data as object), aliases: ['circle-of-security'] } } : e));
    const problems = validate(broken);
    expect(problems).toContainEqual({ file: 'content/reviews/cosi-trial.mdx', field: 'aliases[0]', message: expect.stringContaining('is already an alias of content/interventions/cos-p.mdx') });
  });

  it('the schema refuses a malformed short link or alias in words an editor understands', () => {
    const result = interventionSchema.safeParse({ short: 'COS P', aliases: ['/circle-of-security/'] });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.filter((i) => i.path[0] === 'short' || i.path[0] === 'aliases');
    expect(issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'short: must be lower-case letters, digits and single hyphens, e.g. "cos-p"',
      'aliases.0: must be a name in lower-case letters, digits and single hyphens ("circle-of-security"), or a former address of this page ("interventions/old-id")',
    ]);
  });
});

describe('the redirects the build publishes', () => {
  const entries = [intervention('cos-p', { short: 'cos-p', aliases: ['circle-of-security', 'interventions/circle-of-security'] }), review('cosi-trial', { short: 'cosi' })];
  it('lists short links, aliases and former addresses, each leading to its page', () => {
    expect(redirectsFor(entries).map((r) => `${r.kind}: ${r.from} → ${r.to}`)).toEqual([
      'short: /go/cos-p/ → /interventions/cos-p/',
      'alias: /circle-of-security/ → /interventions/cos-p/',
      'former address: /interventions/circle-of-security/ → /interventions/cos-p/',
      'short: /go/cosi/ → /reviews/cosi-trial/',
    ]);
    expect(shortLinks(entries).get('/reviews/cosi-trial/')).toBe('/go/cosi/');
  });
  it('writes _redirects with the base path on both sides', () => {
    const text = redirectsFile(redirectsFor(entries), '/preview/');
    expect(text.split('\n').filter((l) => !l.startsWith('#') && l)).toEqual([
      '/preview/go/cos-p/ /preview/interventions/cos-p/ 301',
      '/preview/circle-of-security/ /preview/interventions/cos-p/ 301',
      '/preview/interventions/circle-of-security/ /preview/interventions/cos-p/ 301',
      '/preview/go/cosi/ /preview/reviews/cosi-trial/ 301',
    ]);
  });
});

describe('short links for the share panels', () => {
  it('maps each page to its short link, made once per site (every page asks; made per page it cost each page the whole corpus)', async () => {
    const { siteShortLinks } = await import('../../src/lib/short-links.ts');
    const site = {
      interventions: [{ id: 'cos-p', file: 'content/interventions/cos-p.mdx', data: { name: 'Circle of Security Parenting', short: 'cos' } }],
      reviews: [{ id: 'cosi-trial', file: 'content/reviews/cosi-trial.mdx', data: { title: 'COSI trial', short: 'cosi' } }, { id: 'x', file: 'content/reviews/x.mdx', data: { title: 'X' } }],
    };
    const links = siteShortLinks(site);
    expect([...links]).toEqual([['/interventions/cos-p/', '/go/cos/'], ['/reviews/cosi-trial/', '/go/cosi/'], ['/reviews/x/', '/go/x/']]);
    expect(siteShortLinks(site)).toBe(links);
    expect(siteShortLinks({ ...site })).not.toBe(links);
  });
});
