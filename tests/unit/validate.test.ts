// validate(): the one list of whole-site rules that the checker and the build both run.
import { describe, expect, it } from 'vitest';
import { validate, type ValidatedEntry } from '../../src/lib/validate.ts';
import { refsIn } from '../../src/lib/integrity.ts';
import { bcgFile, loadBcgReview } from '../helpers/forest-fixtures.ts';

const bcg = loadBcgReview();
/** The fixture review with its reported k wrong: only re-pooling its study rows finds that. */
const slipped: ValidatedEntry = { collection: 'reviews', id: 'bcg', file: bcgFile, data: { ...bcg, effects: [{ ...bcg.effects[0]!, k: 14 }, ...bcg.effects.slice(1)] } };
const kProblem = { file: bcgFile, field: 'studyRows[0].studies', message: expect.stringContaining('lists 13 studies, but effects[0] ("tuberculosis") reports k = 14') };
const at = (collection: ValidatedEntry['collection'], id: string, data: unknown, ext = 'mdx'): ValidatedEntry => ({ collection, id, file: `content/${collection}/${id}.${ext}`, data });
/** An entry for everything the fixture links to, so its links resolve. */
const linked = [...new Set([...refsIn(bcg)].map(({ ref }) => `${ref.collection}/${ref.id}`))].map((key) => {
  const [collection, id] = key.split('/') as [ValidatedEntry['collection'], string];
  return at(collection, id, {});
});

describe('validate runs every whole-site rule in one call', () => {
  it('one mistake of each kind, each reported once, rule by rule', () => {
    const today = new Date('2026-11-24T00:00:00Z');
    const entries: ValidatedEntry[] = [
      at('sources', 'a', {}, 'yaml'),
      at('sources', 'a', {}, 'yml'),
      at('glossary', 'g', { term: 'caf\uFFFD' }, 'yaml'),
      // A review that failed its schema (no effects): every rule but re-pooling still reads what passed.
      {
        ...at('reviews', 'r', {
          publication: { collection: 'sources', id: 'missing' },
          design: { registrations: [{ registry: 'ISRCTN', id: 'ISRCTN1' }], screened: [{ value: 10 }], randomised: [{ value: 12 }] },
          date: '2030',
        }),
        complete: false,
      },
      at('interventions', 'i', { short: 'go' }),
      slipped,
      ...linked,
    ];
    const problems = validate(entries, { today });
    const fields = problems.map((p) => `${p.file}: ${p.field}`);
    expect(fields).toEqual([
      'content/sources/a.yml: (file name)',
      'content/glossary/g.yaml: term',
      'content/reviews/r.mdx: publication',
      'content/reviews/r.mdx: design.registrations[0].id',
      'content/reviews/r.mdx: date',
      'content/reviews/r.mdx: design.randomised[0]',
      'content/interventions/i.mdx: short',
      `${bcgFile}: studyRows[0].studies`,
    ]);
    expect(problems.at(-1)).toEqual(kProblem);
  });
});

describe('what validate leaves out or takes as given', () => {
  it('re-pools only reviews that passed their schema', () => {
    expect(validate([slipped])).toContainEqual(kProblem);
    expect(validate([{ ...slipped, complete: true }])).toContainEqual(kProblem);
    expect(validate([{ ...slipped, complete: false }])).not.toContainEqual(kProblem);
  });
  it('judges dates against today unless told which day it is', () => {
    const nextYear = String(new Date().getUTCFullYear() + 1);
    const entry = at('sources', 's', { date: nextYear }, 'yaml');
    expect(validate([entry])).toEqual([{ file: 'content/sources/s.yaml', field: 'date', message: expect.stringMatching(new RegExp(`^"${nextYear}" is in the future`)) }]);
    expect(validate([entry], { today: new Date(`${nextYear}-06-01T00:00:00Z`) })).toEqual([]);
  });
});
