// Publication citations: made by citation-js only from complete records, and
// read back by other libraries (@retorquere/bibtex-parser, @customcommander/ris)
// with the right DOI, title and every author.
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { read as readRis } from '@customcommander/ris';
import type { Source } from '../../src/schemas/source.ts';
import { Cite } from '@citation-js/core';
import { apaCitation, bibtexCitation, DATE_ACCESSED, incompleteRecordText, missingFromRecord, pageCitation, publicationCitation, risCitation, splitAtDoi } from '../../src/lib/citation.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';

const complete: Source = {
  kind: 'journal-article',
  title: 'Do online parenting programs create change?: A meta-analysis',
  authors: ['Spencer, C. M.', 'Topham, G. L.', 'King, E. L.'],
  date: '2020',
  journal: 'Journal of Family Psychology',
  volume: '34',
  issue: '3',
  pages: '364–374',
  doi: '10.1037/fam0000605',
};

function csl(source: Source) {
  const c = publicationCitation('spencer-2020', source);
  if (!c.complete) throw new Error(`expected a complete record, missing ${c.missing.join(', ')}`);
  return c.csl;
}

describe('which records we cite', () => {
  it('a record with every author, the published title and a DOI is complete', () => {
    expect(missingFromRecord(complete)).toEqual([]);
  });
  it('names each gap in a reader\'s words: et al. authors, a descriptive title, no DOI', () => {
    expect(missingFromRecord({ ...complete, authors: ['Rosan', 'et al.'] })).toEqual(['authors listed as et al.']);
    expect(missingFromRecord({ ...complete, authors: ['Wright, B.', 'and others'] })).toEqual(['authors listed as et al.']);
    expect(missingFromRecord({ ...complete, authors: undefined })).toEqual(['no authors recorded']);
    expect(missingFromRecord({ ...complete, note: 'Our descriptive title; the records we hold do not give the published title.' })).toEqual(['title not as published']);
    const { doi: _doi, ...noDoi } = complete;
    expect(missingFromRecord(noDoi)).toEqual(['no DOI']);
    expect(incompleteRecordText(['authors listed as et al.', 'title not as published'])).toBe(
      'Our record of this publication is incomplete (authors listed as et al.; title not as published), so we do not offer a citation to download.',
    );
    expect(publicationCitation('x', { ...complete, authors: ['Cassidy', 'et al.'] })).toEqual({ complete: false, missing: ['authors listed as et al.'] });
  });
});

describe('APA 7, BibTeX and RIS from citation-js', () => {
  it('APA 7 text has every author, the year, title, journal details and the DOI as a doi.org address', () => {
    const apa = apaCitation(csl(complete));
    expect(apa).toBe('Spencer, C. M., Topham, G. L., & King, E. L. (2020). Do online parenting programs create change?: A meta-analysis. Journal of Family Psychology, 34(3), 364–374. https://doi.org/10.1037/fam0000605');
    expect(splitAtDoi(apa, complete.doi!)).toEqual({ before: apa.slice(0, apa.indexOf('https://')), doiText: 'https://doi.org/10.1037/fam0000605', after: '' });
  });
  it('BibTeX parses back with a different library: DOI, title and every author', () => {
    const bib = bibtexCitation(csl(complete));
    const library = parseBibtex(bib);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const entry = library.entries[0]!;
    expect(entry.type).toBe('article');
    expect(entry.fields.doi).toBe('10.1037/fam0000605');
    expect(entry.fields.title).toBe(complete.title);
    expect(entry.fields.author).toEqual([
      { lastName: 'Spencer', firstName: 'C. M.' },
      { lastName: 'Topham', firstName: 'G. L.' },
      { lastName: 'King', firstName: 'E. L.' },
    ]);
    expect(entry.fields.journal).toBe('Journal of Family Psychology');
    expect(entry.fields.year).toBe('2020');
  });
  it('RIS parses back with a different library: DOI, title and every author', () => {
    const ris = risCitation(csl(complete));
    const records = readRis(ris);
    expect(records).toHaveLength(1);
    const r = records[0]!;
    expect(r.TY).toEqual(['JOUR']);
    expect(r.DO).toEqual(['10.1037/fam0000605']);
    expect(r.TI).toEqual([complete.title]);
    expect((r.AU as { last_name: string }[]).map((a) => a.last_name)).toEqual(['Spencer', 'Topham', 'King']);
    expect(ris.endsWith('ER  - \n')).toBe(true);
  });
  it('the same record gives the same bytes every time (builds stay byte-identical)', () => {
    expect(bibtexCitation(csl(complete))).toBe(bibtexCitation(csl(complete)));
    expect(risCitation(csl(complete))).toBe(risCitation(csl(complete)));
  });
});

describe('“Cite this page” on every page', () => {
  // The reference: citation-js itself, run for each page (what pageCitation did before it kept a template).
  const direct = (title: string, url: string) =>
    new Cite({ id: 'page', type: 'webpage', title, author: [{ literal: 'Attachment Evidence' }], URL: url, accessed: { literal: DATE_ACCESSED } })
      .format('bibliography', { format: 'text', template: 'apa', lang: 'en-GB' })
      .trim();
  const joined = (title: string, url: string) => {
    const { before, after } = pageCitation({ title, url, siteName: 'Attachment Evidence' });
    return `${before}${DATE_ACCESSED}${after}`;
  };

  it('is what citation-js writes, for the title of every page on the site', () => {
    const titles = new Set<string>();
    for (const entry of loadContent().entries) {
      const data = entry.data as { title?: string; name?: string };
      for (const t of [data.title, data.name]) if (t) titles.add(t);
    }
    titles.add('COS-P and VIPP-SD compared').add('Compare Circle of Security Parenting (51–100 of 221)').add('Reviews and trials, 301–600 of 1000');
    expect(titles.size).toBeGreaterThan(80);
    for (const title of titles) expect(joined(title, 'https://attachment-evidence.org/reviews/cosi-trial/'), title).toBe(direct(title, 'https://attachment-evidence.org/reviews/cosi-trial/'));
  });

  it('is what citation-js writes for titles it changes: quotes, closing punctuation, markup, a lower-case start', () => {
    for (const title of ['Does infant massage help bonding?', 'A parent’s view', "A parent's view", 'The "COSI" trial', 'Ends with a full stop.', 'Title: a subtitle', 'Ampersand & co', '<i>Italic</i> words', 'lower-case start', 'Cost $5', ' spaced ', 'Title: lower after colon', 'Mid. Stop', "O'Farrelly et al. 2021 (VIPP-SD trial)", 'Commissioning brief: Child First', 'Smith & Jones 2020', "O'Hara's 'quoted' words", "'Tis the season"]) {
      expect(joined(title, 'https://attachment-evidence.org/x/'), title).toBe(direct(title, 'https://attachment-evidence.org/x/'));
    }
    expect(joined('Plain', 'https://attachment-evidence.org/q?x=1&y=2')).toBe(direct('Plain', 'https://attachment-evidence.org/q?x=1&y=2'));
  });

  it('puts the title and address where APA puts them, split at the date of access', () => {
    expect(pageCitation({ title: 'Circle of Security Parenting', url: 'https://attachment-evidence.org/interventions/cos-p/', siteName: 'Attachment Evidence' })).toEqual({
      before: 'Attachment Evidence. (n.d.). Circle of Security Parenting. Retrieved ',
      after: ', from https://attachment-evidence.org/interventions/cos-p/',
    });
  });
});
