/**
 * The texts evidence is checked against, read from disk: each source's own
 * words (a seed in ../shared, or an openly licensed text in content/texts/)
 * and our records (in ../shared/guide). ../shared is absent on a public CI:
 * then the checks against it are skipped and the checker says so; texts the
 * repository holds are always checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../src/lib/integrity.ts';
import type { HeldText } from '../../src/lib/truth.ts';
import type { Source } from '../../src/schemas/source.ts';

export interface HeldTexts {
  held: Map<string, HeldText>;
  /** Whether ../shared was there to check against. */
  sharedPresent: boolean;
  problems: Problem[];
}

/**
 * @param sharedDir where ../shared is (null: absent, as on a public CI); paths in content name it "../shared/".
 */
export function readHeldTexts(root: string, sharedDir: string | null, sources: readonly { id: string; file: string; data: Source }[]): HeldTexts {
  const sharedPresent = sharedDir !== null && existsSync(sharedDir);
  const problems: Problem[] = [];
  const cache = new Map<string, string | undefined>();
  const read = (path: string, file: string, field: string): string | undefined => {
    if (cache.has(path)) return cache.get(path);
    let text: string | undefined;
    const inShared = path.startsWith('../shared/');
    const full = inShared && sharedDir !== null ? join(sharedDir, path.slice('../shared/'.length)) : join(root, path);
    if (inShared && !sharedPresent) text = undefined;
    else if (existsSync(full)) text = readFileSync(full, 'utf8');
    else problems.push({ file, field, message: `there is no file ${path}${inShared ? ' in ../shared' : ''} (add it, or correct the path)` });
    cache.set(path, text);
    return text;
  };
  const held = new Map<string, HeldText>();
  for (const s of sources) {
    held.set(s.id, {
      hasFullText: s.data.fullText !== undefined,
      hasRecord: s.data.recordedIn !== undefined,
      fullText: s.data.fullText === undefined ? undefined : read(s.data.fullText, s.file, 'fullText'),
      record: s.data.recordedIn === undefined ? undefined : read(s.data.recordedIn, s.file, 'recordedIn'),
    });
  }
  return { held, sharedPresent, problems };
}

/** The seed documents, for the own-words check (our prose must not copy them at length). */
export function readSeeds(sharedDir: string): string[] | undefined {
  const dir = join(sharedDir, 'seeds');
  if (!existsSync(dir)) return undefined;
  return ['000_c2e0182abe9ab74d', '001_81d3f735d5186229', '002_4d52367c7d8c64ed', '003_ab4f02315e1608f2', '004_19ec40b2c3a404f6'].map((n) => readFileSync(join(dir, `${n}.txt`), 'utf8'));
}
