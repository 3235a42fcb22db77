// Publication citations: made by citation-js only from complete records, and
// read back by other libraries (@retorquere/bibtex-parser, @customcommander/ris)
// with the right DOI, title and every author.
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { read as readRis } from '@customcommander/ris';
import type { Source } from '../../src/schemas/source.ts';
import { apaCitation, bibtexCitation, incompleteRecordText, missingFromRecord, publicationCitation, risCitation, splitAtDoi } from '../../src/lib/citation.ts';

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
