/** Every kind of bad input is refused with a MetaInputError naming the study (by label) and the field. */
import { describe, expect, it } from 'vitest';
import {
  effectFromCi,
  fisherZ,
  hedgesG,
  logOddsRatio,
  metaAnalyse,
  MetaInputError,
  poolFixedEffect,
  poolRandomEffects,
} from '../../src/lib/meta/index.ts';

function caught(run: () => unknown): MetaInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MetaInputError);
    return error as MetaInputError;
  }
  throw new Error('expected a MetaInputError, but nothing was thrown');
}

const means = { label: 'Aronson 1948', m1: 10, sd1: 2, n1: 20, m2: 8, sd2: 3, n2: 22 };
const counts = { label: 'Aronson 1948', events1: 4, n1: 123, events2: 11, n2: 139 };
const ci = { label: 'Garfinkel 1981', estimate: 1.18, ciLow: 0.9, ciHigh: 1.54 };

const analysis = (measure: unknown, studies: unknown[], method: unknown = 'FE') => () => metaAnalyse({ measure, method, studies });

interface Case {
  readonly what: string;
  readonly run: () => unknown;
  readonly study: string | null;
  readonly field: string;
}

const cases: Case[] = [
  { what: 'an unknown measure', run: analysis('SMCR', [means]), study: null, field: 'measure' },
  { what: 'an unknown method', run: analysis('SMD', [means], 'PM'), study: null, field: 'method' },
  { what: 'k = 0', run: analysis('SMD', []), study: null, field: 'studies' },
  { what: 'studies that are not a list', run: analysis('SMD', {} as unknown as unknown[]), study: null, field: 'studies' },
  { what: 'a negative SD', run: analysis('SMD', [{ ...means, sd1: -2 }]), study: 'Aronson 1948', field: 'sd1' },
  { what: 'a zero SD', run: analysis('MD', [{ ...means, sd2: 0 }]), study: 'Aronson 1948', field: 'sd2' },
  { what: 'n < 1 in a means study', run: analysis('SMD', [{ ...means, n1: 0 }]), study: 'Aronson 1948', field: 'n1' },
  { what: 'too few participants for Hedges’ correction', run: () => hedgesG({ ...means, n1: 1, n2: 2 }), study: 'Aronson 1948', field: 'n2' },
  { what: 'n < 1 in a counts study', run: analysis('OR', [{ ...counts, n2: 0, events2: 0 }]), study: 'Aronson 1948', field: 'n2' },
  { what: 'events above the total', run: analysis('RR', [{ ...counts, events1: 124 }]), study: 'Aronson 1948', field: 'events1' },
  { what: 'negative events', run: analysis('OR', [{ ...counts, events2: -1 }]), study: 'Aronson 1948', field: 'events2' },
  { what: '|r| = 1', run: analysis('ZCOR', [{ label: 'Cohen 2004', r: 1, n: 65 }]), study: 'Cohen 2004', field: 'r' },
  { what: '|r| > 1', run: () => fisherZ({ label: 'Cohen 2004', r: -1.2, n: 65 }), study: 'Cohen 2004', field: 'r' },
  { what: 'n ≤ 3 for ZCOR', run: analysis('ZCOR', [{ label: 'Cohen 2004', r: 0.2, n: 3 }]), study: 'Cohen 2004', field: 'n' },
  { what: 'ciLow > ciHigh', run: analysis('OR', [{ ...ci, ciLow: 1.6 }]), study: 'Garfinkel 1981', field: 'ciLow' },
  { what: 'a zero-width CI', run: analysis('SMD', [{ ...ci, ciLow: 1.18, ciHigh: 1.18 }]), study: 'Garfinkel 1981', field: 'ciHigh' },
  { what: 'an estimate outside its CI', run: analysis('OR', [{ ...ci, estimate: 2 }]), study: 'Garfinkel 1981', field: 'estimate' },
  { what: 'a ratio of 0', run: analysis('RR', [{ ...ci, ciLow: 0 }]), study: 'Garfinkel 1981', field: 'ciLow' },
  { what: 'a negative ratio', run: () => effectFromCi({ ...ci, estimate: -1, ciLow: -2 }, 'OR'), study: 'Garfinkel 1981', field: 'estimate' },
  { what: 'vi = 0', run: analysis('GEN', [{ label: 'Rosenthal', yi: 0.03, vi: 0 }]), study: 'Rosenthal', field: 'vi' },
  { what: 'vi < 0 when pooling directly', run: () => poolRandomEffects([{ label: 'Rosenthal', yi: 0.03, vi: -1 }]), study: 'Rosenthal', field: 'vi' },
  { what: 'k = 0 when pooling directly', run: () => poolFixedEffect([]), study: null, field: 'studies' },
  { what: 'a missing field', run: analysis('SMD', [{ label: 'Aronson 1948', m1: 10, sd1: 2, n1: 20, m2: 8, n2: 22 }]), study: 'Aronson 1948', field: 'sd2' },
  { what: 'a missing vi', run: analysis('GEN', [{ label: 'Rosenthal', yi: 0.03 }]), study: 'Rosenthal', field: 'vi' },
  { what: 'a study with none of the fields', run: analysis('OR', [{ label: 'Empty' }]), study: 'Empty', field: 'events1' },
  { what: 'a number given as text', run: analysis('SMD', [{ ...means, n1: '20' }]), study: 'Aronson 1948', field: 'n1' },
  { what: 'an infinite number', run: analysis('GEN', [{ label: 'Rosenthal', yi: Number.POSITIVE_INFINITY, vi: 1 }]), study: 'Rosenthal', field: 'yi' },
  { what: 'NaN through the typed API', run: () => logOddsRatio({ ...counts, events1: Number.NaN }), study: 'Aronson 1948', field: 'events1' },
  { what: 'means given for a ratio measure', run: analysis('OR', [means]), study: 'Aronson 1948', field: 'm1' },
  { what: 'counts given for SMD', run: analysis('SMD', [counts]), study: 'Aronson 1948', field: 'events1' },
  { what: 'a study given in two forms', run: analysis('OR', [{ ...counts, estimate: 1, ciLow: 0.5, ciHigh: 2 }]), study: 'Aronson 1948', field: 'estimate' },
  { what: 'a non-string label', run: analysis('SMD', [{ ...means, label: 7 }]), study: 'study 1', field: 'label' },
  { what: 'a study that is not an object', run: analysis('SMD', [means, 3]), study: 'study 2', field: 'studies' },
  { what: 'an unlabelled bad study, named by position', run: analysis('GEN', [{ yi: 1, vi: 1 }, { yi: 1, vi: -1 }]), study: 'study 2', field: 'vi' },
];

describe('input validation', () => {
  it.each(cases)('refuses $what, naming study and field', ({ run, study, field }) => {
    const error = caught(run);
    expect(error.study).toBe(study);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    if (study !== null) expect(error.message.startsWith(`study "${study}": `)).toBe(true);
    expect(error.message).not.toMatch(/\n/);
  });

  it('quotes the offending value', () => {
    expect(caught(analysis('SMD', [{ ...means, sd1: -2 }])).message).toBe('study "Aronson 1948": sd1 must be positive (got -2)');
    expect(caught(analysis('SMCR', [means])).message).toMatch(/\(got "SMCR"\)/);
  });

  it('ignores name, source and expected, as the reference files carry them', () => {
    const result = metaAnalyse({ name: 'x', source: 'y', expected: { k: 99 }, measure: 'GEN', method: 'FE', studies: [{ label: 'A', yi: 1, vi: 1 }] });
    expect(result.k).toBe(1);
  });
});
