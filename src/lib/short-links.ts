/**
 * Addresses that last: every intervention and review has a short link
 * (/go/<short>/), and may have aliases (/circle-of-security/) and former
 * addresses (/interventions/old-id/) that lead to it. This module is the one
 * owner of those addresses: it checks them against each other and against the
 * site's own sections (for the content checker, via validate.ts), and lists
 * the redirects the build publishes as pages and as `_redirects`.
 *
 * It reads entry data defensively: the checker also runs it on the part of a
 * file that passed its schema when another part did not.
 */
import type { EntryLike, Problem } from './integrity.ts';

/** The collections whose pages have short links and aliases. */
export type LinkedCollection = 'interventions' | 'reviews';
const linked: readonly LinkedCollection[] = ['interventions', 'reviews'];

/**
 * Top-level names the site keeps for itself: every section address and every
 * file at the root of the build. An alias (/<name>/) may not take one; nor may
 * a short link, so that no name means two things. tests/unit/short-links.test.ts
 * holds this list against src/pages and public/, so a new section must be added here.
 */
export const reservedNames: readonly string[] = [
  'interventions', 'reviews', 'outcomes', 'glossary', 'events', 'about', 'search', 'evidence-map', 'compare',
  'data', 'corrections', 'go', 'index', '404', 'feed', 'feed.xml', 'sitemap', 'sitemap-index.xml', '_astro',
  'pagefind', 'favicon.svg', 'robots.txt', 'cname', '_headers', '_redirects',
];

/** Whether a top-level name belongs to the site itself (sitemap-0.xml, sitemap-1.xml… all do). */
export function isReserved(name: string): boolean {
  const lower = name.toLowerCase();
  return reservedNames.includes(lower) || lower.startsWith('sitemap');
}

/** A short link's address. */
export const shortPath = (short: string) => `/go/${short}/`;
/** The page an intervention or review lives at (as paths.intervention and paths.review in model.ts). */
export const pagePath = (collection: LinkedCollection, id: string) => `/${collection}/${id}/`;

export interface Redirect {
  /** The site path that redirects, e.g. /go/cos-p/. */
  from: string;
  /** The page it leads to, e.g. /interventions/cos-p/. */
  to: string;
  kind: 'short' | 'alias' | 'former address';
  collection: LinkedCollection;
  id: string;
}

interface LinkedEntry {
  collection: LinkedCollection;
  id: string;
  file: string;
  /** The short link's name, and whether the editor chose it (otherwise it is the id). */
  short: { name: string; chosen: boolean };
  aliases: { value: string; index: number }[];
}

function linkedEntries(entries: readonly EntryLike[]): LinkedEntry[] {
  return entries
    .filter((e): e is EntryLike & { collection: LinkedCollection } => (linked as readonly string[]).includes(e.collection))
    .map((e) => {
      const data = (typeof e.data === 'object' && e.data !== null ? e.data : {}) as { short?: unknown; aliases?: unknown };
      const chosen = typeof data.short === 'string';
      const aliases = Array.isArray(data.aliases) ? data.aliases : [];
      return {
        collection: e.collection,
        id: e.id,
        file: e.file,
        short: { name: chosen ? (data.short as string) : e.id, chosen },
        aliases: aliases.flatMap((value, index) => (typeof value === 'string' ? [{ value, index }] : [])),
      };
    });
}

/** "interventions/old-id" → its parts; a plain name → undefined. */
function formerAddress(alias: string): { collection: string; id: string } | undefined {
  const slash = alias.indexOf('/');
  return slash === -1 ? undefined : { collection: alias.slice(0, slash), id: alias.slice(slash + 1) };
}

/** Every redirect: short links, aliases and former addresses, in content order. Assumes the content passed the check. */
export function redirectsFor(entries: readonly EntryLike[]): Redirect[] {
  return linkedEntries(entries).flatMap((e) => {
    const to = pagePath(e.collection, e.id);
    const base = { to, collection: e.collection, id: e.id };
    return [
      { ...base, from: shortPath(e.short.name), kind: 'short' as const },
      ...e.aliases.map((a) => ({ ...base, from: `/${a.value}/`, kind: formerAddress(a.value) ? ('former address' as const) : ('alias' as const) })),
    ];
  });
}

/** Each intervention's and review's page → its short link. */
export function shortLinks(entries: readonly EntryLike[]): Map<string, string> {
  return new Map(linkedEntries(entries).map((e) => [pagePath(e.collection, e.id), shortPath(e.short.name)]));
}

/**
 * The rules, with messages for editors naming file and field: one name leads
 * to one page; no alias or short link takes a section's name; a former
 * address is one this page could have had and no page has now.
 */
export function checkPermanentLinks(entries: readonly EntryLike[]): Problem[] {
  const all = linkedEntries(entries);
  const problems: Problem[] = [];
  const currentIds = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const shortOwner = new Map<string, LinkedEntry>();
  const aliasOwner = new Map<string, { entry: LinkedEntry; field: string }>();

  for (const e of all) {
    const { name, chosen } = e.short;
    const said = chosen ? `the short link /go/${name}/` : `"short" is not set, so the short link is the id, /go/${name}/, but it`;
    if (isReserved(name)) {
      problems.push({ file: e.file, field: 'short', message: `${said} uses "${name}", a name the site keeps for its own addresses; choose another short name` });
      continue;
    }
    const owner = shortOwner.get(name);
    if (owner) {
      problems.push({ file: e.file, field: 'short', message: `${said} is already the short link of ${owner.file}; each short link must lead to one page, so choose another${chosen ? '' : ' and set it in "short"'}` });
    } else {
      shortOwner.set(name, e);
    }
  }

  for (const e of all) {
    for (const { value, index } of e.aliases) {
      const field = `aliases[${index}]`;
      const former = formerAddress(value);
      if (former) {
        if (former.collection !== e.collection) {
          problems.push({ file: e.file, field, message: `"${value}" is a former address in /${former.collection}/, but this page is in /${e.collection}/; a former address must be this page's own, e.g. "${e.collection}/old-id"` });
          continue;
        }
        if (currentIds.has(value)) {
          problems.push({ file: e.file, field, message: `/${value}/ is a page that exists now, so it cannot lead here; list only addresses no page has any more` });
          continue;
        }
      } else {
        if (isReserved(value)) {
          problems.push({ file: e.file, field, message: `/${value}/ is one of the site's own addresses; choose another alias` });
          continue;
        }
        const short = shortOwner.get(value);
        if (short && short !== e) {
          problems.push({ file: e.file, field, message: `/${value}/ would lead here, but /go/${value}/ leads to ${short.file}; one name must lead to one page, so choose another alias` });
          continue;
        }
      }
      const taken = aliasOwner.get(value);
      if (taken) {
        const where = taken.entry === e ? `is listed twice (also as ${taken.field})` : `is already an alias of ${taken.entry.file} (${taken.field})`;
        problems.push({ file: e.file, field, message: `/${value}/ ${where}; one name must lead to one page` });
        continue;
      }
      aliasOwner.set(value, { entry: e, field });
    }
  }
  return problems;
}

/**
 * `_redirects` for hosts that read it (Netlify, Cloudflare Pages): one
 * permanent redirect per line, base path included. Cloudflare follows these
 * even where a file exists; Netlify serves the file, the HTML redirect page at
 * the same address, which leads to the same place. Other hosts serve that page.
 */
export function redirectsFile(redirects: readonly Redirect[], base = '/'): string {
  const prefix = base.replace(/\/$/, '');
  const lines = redirects.map((r) => `${prefix}${r.from} ${prefix}${r.to} 301`);
  return `# Short links, aliases and former addresses (made by the build from content/; do not edit)\n${lines.join('\n')}\n`;
}

/** What the site model holds for the linked collections (a Site satisfies it). */
export interface LinkedPages {
  interventions: readonly { id: string; file: string; data: { name: string; short?: string | undefined; aliases?: string[] | undefined } }[];
  reviews: readonly { id: string; file: string; data: { title: string; short?: string | undefined; aliases?: string[] | undefined } }[];
}

function entriesOf(pages: LinkedPages): EntryLike[] {
  return [
    ...pages.interventions.map((e) => ({ ...e, collection: 'interventions' as const })),
    ...pages.reviews.map((e) => ({ ...e, collection: 'reviews' as const })),
  ];
}

/** Every redirect on the built site, with the name of the page it leads to (for the redirect page's title and link). */
export function siteRedirects(pages: LinkedPages): (Redirect & { title: string })[] {
  const titles = new Map([
    ...pages.interventions.map((e) => [pagePath('interventions', e.id), e.data.name] as const),
    ...pages.reviews.map((e) => [pagePath('reviews', e.id), e.data.title] as const),
  ]);
  return redirectsFor(entriesOf(pages)).map((r) => ({ ...r, title: titles.get(r.to)! }));
}

/**
 * Each intervention's and review's page → its short link, from the site model. Every page's share
 * panel asks, so the map is made once per site: made per page, it cost each page time in
 * proportion to the whole corpus.
 */
const shortLinksOf = new WeakMap<LinkedPages, Map<string, string>>();
export function siteShortLinks(pages: LinkedPages): Map<string, string> {
  let found = shortLinksOf.get(pages);
  if (!found) shortLinksOf.set(pages, (found = shortLinks(entriesOf(pages))));
  return found;
}
