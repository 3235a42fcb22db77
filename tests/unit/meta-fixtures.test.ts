import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(projectRoot, 'tests', 'fixtures', 'meta-reference');
const shared = resolve(projectRoot, '..', 'shared', 'meta-reference');
const sharedExists = existsSync(shared);

const list = (dir: string): string[] => readdirSync(dir).sort();

describe('meta-analysis reference fixtures', () => {
  it.skipIf(!sharedExists)(
    sharedExists
      ? 'are byte-identical copies of every file in ../shared/meta-reference, and no more'
      : 'skipped: ../shared/meta-reference is absent (public CI)',
    () => {
      expect(list(fixtures)).toEqual(list(shared));
      for (const file of list(shared)) {
        expect(readFileSync(join(fixtures, file)).equals(readFileSync(join(shared, file))), file).toBe(true);
      }
    },
  );

  it('hold the README and at least one well-formed case', () => {
    const files = list(fixtures);
    expect(files).toContain('README.md');
    const cases = files.filter((file: string) => file.endsWith('.json'));
    expect(cases.length).toBeGreaterThan(0);
    for (const file of cases) {
      const data = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(data), file).toEqual(expect.arrayContaining(['measure', 'method', 'studies', 'expected']));
    }
  });
});
