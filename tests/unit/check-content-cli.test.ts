// End to end: the real `npm run check:content` on a temporary copy of the
// project, as an editor runs it. (The corpus runs the same checker in-process.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let project: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ae-cli-'));
  project = join(dir, 'project');
  mkdirSync(project);
  for (const name of ['src', 'content', 'scripts', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(project, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  // ../shared beside the copy, as beside the real project, when there is one.
  if (existsSync(join(root, '..', 'shared'))) symlinkSync(join(root, '..', 'shared'), join(dir, 'shared'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run() {
  const result = spawnSync('npm', ['run', '--silent', 'check:content'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check:content', () => {
  it('prints one line for clean content and exits 0', () => {
    const { status, stdout, stderr } = run();
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/^content ok: \d+ sources, \d+ interventions, \d+ reviews, \d+ outcomes, \d+ glossary, \d+ events; quotes and records (checked against|from ..\/shared NOT checked)/);
    expect(status).toBe(0);
  }, 60_000);

  it('lists every problem as "file: field: what is wrong", and exits non-zero without touching the files', () => {
    const review = join(project, 'content/reviews/yaholkoski-2016.mdx');
    const source = join(project, 'content/sources/rosan-2025.yaml');
    const before = readFileSync(review, 'utf8');
    const sourceBefore = readFileSync(source, 'utf8');
    const edited = before.replace('estimate: 0.65', 'estimate: "0.65x"').replace('outcome: quality-of-caregiving', 'outcome: quality-of-caregivin');
    expect(edited).not.toBe(before);
    writeFileSync(review, edited);
    writeFileSync(source, readFileSync(source, 'utf8').replace(/^date: .*$/m, 'date: 2025-02-30'));
    try {
      const { status, stdout, stderr } = run();
      expect(status).toBe(1);
      expect(stdout).toBe('');
      const lines = stderr.trim().split('\n');
      expect(lines[0]).toBe('3 problems in content/ (nothing was published):');
      expect(lines.slice(1)).toEqual([
        'content/reviews/yaholkoski-2016.mdx: effects[0].estimate: must be a number (got text: "0.65x")',
        'content/reviews/yaholkoski-2016.mdx: effects[1].outcome: there is no outcomes entry "quality-of-caregivin" (expected a file content/outcomes/quality-of-caregivin.*); did you mean "quality-of-caregiving"?',
        // YAML reads an unquoted 2025-02-30 as 2 March: the message quotes what the file says.
        'content/sources/rosan-2025.yaml: date: write dates in quotes: "2025-02-30" (without quotes YAML reads it as a date, not as text)',
      ]);
      expect(readFileSync(review, 'utf8')).toBe(edited);
    } finally {
      writeFileSync(review, before);
      writeFileSync(source, sourceBefore);
    }
  }, 60_000);
});
