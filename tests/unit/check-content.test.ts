// checkContent in-process, on copies of the real content/: the one-line summary an editor reads,
// where ../shared is looked for, which day dates are judged against, and evidence whose source is
// missing reported once (at the link), not again at every number it holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { collectionNames } from '../../src/schemas/common.ts';
import { hasShared, needsShared, root as projectRoot, sharedDir } from '../helpers/shared.ts';

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'ae-check-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of content/ as a project folder, with ../shared beside it when asked (and this machine has it). */
function copy({ shared = false } = {}): string {
  const dir = join(workDir, String(copies++));
  const root = join(dir, 'project');
  mkdirSync(root, { recursive: true });
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  if (shared) symlinkSync(sharedDir, join(dir, 'shared'));
  return root;
}

function edit(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(root, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  writeFileSync(join(root, file), text.replace(from, to));
}

const counts = (() => {
  const { entries } = loadContent(projectRoot);
  return collectionNames.map((c) => `${entries.filter((e) => e.collection === c).length} ${c}`).join(', ');
})();

const source = 'content/sources/yaholkoski-2016.yaml';
const yaholkoski = 'content/reviews/yaholkoski-2016.mdx';
const nextYear = new Date().getUTCFullYear() + 1;

describe('the summary line', () => {
  it('for clean content, counts each collection and says ../shared was not there to check quotes against', () => {
    expect(checkContent({ root: copy() })).toEqual({ problems: [], summary: `content ok: ${counts}; quotes and records from ../shared NOT checked: ../shared is absent` });
    expect(checkContent({ root: copy({ shared: hasShared }), sharedDir: null }).summary).toMatch(/NOT checked: \.\.\/shared is absent$/);
  });
  it.skipIf(!hasShared)(`looks for ../shared beside the project, and says it checked quotes against it${needsShared}`, () => {
    expect(checkContent({ root: copy({ shared: true }) })).toEqual({ problems: [], summary: `content ok: ${counts}; quotes and records checked against ../shared` });
  });
  it('counts the problems, in the singular for one', () => {
    const one = copy();
    edit(one, source, 'date: "2016"', `date: "${nextYear}"`);
    expect(checkContent({ root: one, sharedDir: null }).summary).toBe('1 problem in content/ (nothing was published)');
    edit(one, source, 'journal: "Journal', 'journal: 12\njourna: "Journal');
    const two = checkContent({ root: one, sharedDir: null });
    expect(two.problems).toHaveLength(3);
    expect(two.summary).toBe('3 problems in content/ (nothing was published)');
  });
});

describe('which day dates are judged against', () => {
  it('today, unless another day is given', () => {
    const root = copy();
    edit(root, source, 'date: "2016"', `date: "${nextYear}"`);
    expect(checkContent({ root, sharedDir: null }).problems).toEqual([
      { file: source, field: 'date', message: expect.stringMatching(new RegExp(`^"${nextYear}" is in the future`)) },
    ]);
    expect(checkContent({ root, sharedDir: null, today: new Date(`${nextYear}-06-01T00:00:00Z`) }).problems).toEqual([]);
  });
});

describe('evidence whose source is missing', () => {
  it('is reported once, at the link; a wrong number beside it is not judged, while the same slip elsewhere in the file is', () => {
    const root = copy();
    edit(root, yaholkoski, 'this outcome.\n    source: yaholkoski-2016\n    record: "child attachment', 'this outcome.\n    source: yaholkoski-2061\n    record: "child attachment');
    edit(root, yaholkoski, 'estimate: 0.65', 'estimate: 0.66');
    edit(root, yaholkoski, 'estimate: 0.60', 'estimate: 0.61');
    expect(checkContent({ root, sharedDir: null }).problems).toEqual([
      { file: yaholkoski, field: 'effects[0].source', message: 'there is no sources entry "yaholkoski-2061" (expected a file content/sources/yaholkoski-2061.*); did you mean "yaholkoski-2016"?' },
      { file: yaholkoski, field: 'effects[1].estimate', message: '0.61 does not appear in its record "quality of caregiving g = 0.60, p = .012, k = 4"' },
    ]);
  });
  it.skipIf(!hasShared)(`an entry whose own source is missing has none of its evidence judged until the link is fixed${needsShared}`, () => {
    const event = 'content/events/eypr-2016.mdx';
    const root = copy({ shared: true });
    edit(root, event, 'quote: "What are the implications', 'quote: "What were the implications');
    const fields = (r: string) => checkContent({ root: r }).problems.map((p) => `${p.file}: ${p.field}`);
    expect(fields(root)).toEqual([`${event}: questions[1].quote`]);
    edit(root, event, 'source: axford-2016-slides\nquestions:', 'source: axford-2061-slides\nquestions:');
    expect(fields(root)).toEqual([`${event}: source`]);
  });
});

describe('a file that fails its schema', () => {
  it('has its schema problem reported, and its body is not read as a page', () => {
    const root = copy();
    edit(root, yaholkoski, 'title: Yaholkoski, Hurl & Theule 2016\n', '');
    edit(root, yaholkoski, '## What it means', '## What it means\n\n<Unknown />');
    expect(checkContent({ root, sharedDir: null }).problems).toEqual([{ file: yaholkoski, field: 'title', message: 'is required but missing' }]);
  });
});

describe('what the checker runs on its own (in-process, so mutation testing reaches it)', () => {
  it.skipIf(!hasShared)(`a quote elsewhere in a file with one broken link is still checked${needsShared}`, () => {
    const root = copy({ shared: true });
    edit(root, yaholkoski, 'this outcome.\n    source: yaholkoski-2016\n    record: "child attachment', 'this outcome.\n    source: yaholkoski-2061\n    record: "child attachment');
    edit(root, yaholkoski, 'COS-P had a medium to large effect', 'COS-P had a large effect');
    const fields = checkContent({ root }).problems.map((p) => `${p.file}: ${p.field}`);
    expect(fields).toEqual([`${yaholkoski}: effects[0].source`, `${yaholkoski}: interventionsNote.quote`]);
  });

  it.skipIf(!hasShared)(`a summary that copies ten words of a seed is refused, and only where the seeds are there to compare${needsShared}`, () => {
    const root = copy({ shared: true });
    // Ten words of the COSI blog appraisal (held in ../shared/seeds), written as if they were ours.
    edit(root, yaholkoski, 'summary: >-\n', 'summary: >-\n  A previous meta-analysis found that COS-P had a medium to large effect on secure attachment.\n');
    const copied = (r: string, sharedDir?: null) => checkContent(sharedDir === null ? { root: r, sharedDir } : { root: r }).problems.filter((p) => /copies 10\+ words/.test(p.message));
    expect(copied(root)).toEqual([
      { file: yaholkoski, field: 'summary', message: expect.stringContaining('copies 10+ words from a source; put it in our own words (e.g. "a previous meta analysis found that cos p had a")') },
    ]);
    expect(copied(root, null)).toEqual([]);
  });

  it('reads the MDX body of every complete entry for its content rules', () => {
    const root = copy();
    edit(root, yaholkoski, '## What it means', '## What it means\n\n<Unknown />');
    const problems = checkContent({ root, sharedDir: null }).problems;
    expect(problems.map((p) => p.file)).toEqual([yaholkoski]);
    expect(problems[0]!.message).toMatch(/Unknown/);
  });
});
