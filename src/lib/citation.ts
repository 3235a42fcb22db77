/**
 * A publication's citation as APA 7 text, BibTeX and RIS, made by citation-js
 * from the structured source (never hand-formatted), and only from a complete
 * record: every author, the title as published, and a DOI. Where our record is
 * incomplete the page says what is missing instead of exporting a made-up citation.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { Source } from '../schemas/source.ts';

/** The part of a CSL-JSON item the site fills in (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
interface CslItem {
  id: string;
  type: string;
  title: string;
  author: ({ family: string; given?: string } | { literal: string })[];
  issued?: { 'date-parts': number[][] };
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  DOI: string;
  URL?: string;
}

export type PublicationCitation =
  | { complete: true; csl: CslItem }
  | { complete: false; missing: string[] };

/** Words in our records that stand for authors we did not list. */
const unlistedAuthors = /^(et al\.?|and others)$/i;
/** How a source's note marks a title we wrote to describe it (the published one is not in our records). */
const descriptiveTitle = /our descriptive title/i;

const cslTypes: Record<Source['kind'], string> = {
  'journal-article': 'article-journal',
  'cochrane-review': 'article-journal',
  report: 'report',
  'plain-language-summary': 'webpage',
  'registry-record': 'webpage',
  blog: 'post-weblog',
  slides: 'speech',
  'provider-page': 'webpage',
  book: 'book',
};

/** "Yaholkoski, A." → family and given names; a name without a comma (an organisation) stays whole. */
function cslName(author: string): CslItem['author'][number] {
  const comma = author.indexOf(',');
  if (comma < 0) return { literal: author };
  return { family: author.slice(0, comma).trim(), given: author.slice(comma + 1).trim() };
}

/** What stops us exporting a citation for this source, in a reader's words; empty when the record is complete. */
export function missingFromRecord(source: Source): string[] {
  const missing: string[] = [];
  if (source.authors === undefined) missing.push('no authors recorded');
  // "and others" means the same as "et al."; readers know the Latin.
  else if (source.authors.some((a) => unlistedAuthors.test(a.trim()))) missing.push('authors listed as et al.');
  if (source.note !== undefined && descriptiveTitle.test(source.note)) missing.push('title not as published');
  if (source.doi === undefined) missing.push('no DOI');
  return missing;
}

export function publicationCitation(id: string, source: Source): PublicationCitation {
  const missing = missingFromRecord(source);
  if (missing.length > 0) return { complete: false, missing };
  const csl: CslItem = {
    id,
    type: cslTypes[source.kind],
    title: source.title,
    author: source.authors!.map(cslName),
    DOI: source.doi!,
  };
  if (source.date) csl.issued = { 'date-parts': [source.date.split('-').map(Number)] };
  if (source.journal) csl['container-title'] = source.journal;
  if (source.volume) csl.volume = source.volume;
  if (source.issue) csl.issue = source.issue;
  if (source.pages) csl.page = source.pages;
  if (source.publisher) csl.publisher = source.publisher;
  if (source.url) csl.URL = source.url;
  return { complete: true, csl };
}

/** The sentence shown instead of downloads when our record is incomplete. */
export function incompleteRecordText(missing: readonly string[]): string {
  return `Our record of this publication is incomplete (${missing.join('; ')}), so we do not offer a citation to download.`;
}

export function apaCitation(csl: CslItem): string {
  return new Cite(csl).format('bibliography', { format: 'text', template: 'apa', lang: 'en-GB' }).trim();
}

export function bibtexCitation(csl: CslItem): string {
  return `${new Cite(csl).format('bibtex').trim()}\n`;
}

export function risCitation(csl: CslItem): string {
  // As citation-js writes it; "ER  - " keeps its trailing space, which strict readers look for.
  return `${new Cite(csl).format('ris').replace(/\n+$/, '')}\n`;
}

/**
 * The APA text in pieces so a page can link the DOI to doi.org: the text
 * before it, the DOI address as citation-js printed it, and the rest.
 */
export function splitAtDoi(apa: string, doi: string): { before: string; doiText: string; after: string } | undefined {
  const printed = `https://doi.org/${doi}`;
  const at = apa.toLowerCase().indexOf(printed.toLowerCase());
  if (at < 0) return undefined;
  return { before: apa.slice(0, at), doiText: apa.slice(at, at + printed.length), after: apa.slice(at + printed.length) };
}

/** Where a review's citation downloads live. */
export const citationPaths = {
  bibtex: (reviewId: string) => `/reviews/${reviewId}/citation.bib`,
  ris: (reviewId: string) => `/reviews/${reviewId}/citation.ris`,
} as const;

/** What a page shows where the reader's date of access goes; the enhancement module fills in the date. */
export const DATE_ACCESSED = '[date accessed]';

/**
 * "Cite this page" for one of the site's own pages, in APA 7 as citation-js
 * writes a web page with the site as its author and no date (n.d.): split
 * around the date of access, which is filled in where JavaScript runs, so the
 * built page itself never carries a date and builds stay byte-identical.
 */
export function pageCitation(page: { title: string; url: string; siteName: string }): { before: string; after: string } {
  // An apostrophe inside a word (O'Hara) is one citation-js curls: curled first, the title is plain.
  const title = page.title.replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
  const text = plainTitle.test(title) && plainUrl.test(page.url) ? fromTemplate({ ...page, title }) : webPageCitation(page);
  const at = text.indexOf(DATE_ACCESSED);
  if (at < 0) throw new Error(`citation-js left out the date of access: ${text}`);
  return { before: text.slice(0, at), after: text.slice(at + DATE_ACCESSED.length) };
}

function webPageCitation(page: { title: string; url: string; siteName: string }): string {
  return new Cite({ id: 'page', type: 'webpage', title: page.title, author: [{ literal: page.siteName }], URL: page.url, accessed: { literal: DATE_ACCESSED } })
    .format('bibliography', { format: 'text', template: 'apa', lang: 'en-GB' })
    .trim();
}

/*
 * Every page has its citation, and citation-js builds a citation engine each time: 11% of a
 * build's CPU. Most titles are words the APA style prints as they are ("et al.", "&" and
 * "Brief: …" included), so one run per site name with stand-ins gives the text for all of them.
 * A title it might change (straight quotes it curls, closing punctuation it merges with its own
 * full stop, markup, a lower-case start) goes through citation-js itself.
 * tests/unit/citation.test.ts holds the two equal on every title in content/ and on those cases.
 */
const plainTitle = /^[\p{Lu}\p{N}][\p{L}\p{N} ,.:&’()–—-]*[\p{L}\p{N})]$/u;
const plainUrl = /^https:\/\/[\w.-]+(?:\/[\w.-]+)*\/$/;
const titleMark = 'Zqtitleqz';
const urlMark = 'https://zqurlqz.example/';
const templates = new Map<string, string>();
function fromTemplate(page: { title: string; url: string; siteName: string }): string {
  let template = templates.get(page.siteName);
  if (template === undefined) templates.set(page.siteName, (template = webPageCitation({ title: titleMark, url: urlMark, siteName: page.siteName })));
  return template.replace(titleMark, page.title).replace(urlMark, page.url);
}
