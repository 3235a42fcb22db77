/** Every reference case computed by R's metafor 3.8, reproduced within the README's tolerances. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { metaAnalyse, type MetaAnalysisResult } from '../../src/lib/meta/index.ts';
import { compareWithExpected, EXPECTED_KEYS, type ReferenceCase } from '../helpers/meta-tolerance.ts';

const fixtures = fileURLToPath(new URL('../fixtures/meta-reference/', import.meta.url));
const files: string[] = readdirSync(fixtures).filter((file: string) => file.endsWith('.json')).sort();

function asReferenceOutput(result: MetaAnalysisResult): Record<string, unknown> {
  return {
    ...result,
    yi: result.studies.map((study) => study.yi),
    vi: result.studies.map((study) => study.vi),
    weights: result.studies.map((study) => study.weight),
  };
}

describe('metafor reference cases', () => {
  it('has cases to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`reproduces ${file}`, () => {
      const reference = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as ReferenceCase;
      expect(Object.keys(reference.expected).sort()).toEqual([...EXPECTED_KEYS].sort());
      const { expected, ...input } = reference;
      const result = metaAnalyse(input);
      const comparison = compareWithExpected(reference.method, expected, asReferenceOutput(result));
      expect(comparison.failures).toEqual([]);
      expect(comparison.compared).toBe(14 + 3 * reference.studies.length);
      expect(result.studies.map((study) => study.label)).toEqual(reference.studies.map((study) => study.label));
    });
  }
});
