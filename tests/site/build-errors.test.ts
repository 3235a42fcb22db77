// A mistake in content/ must stop the real build with an error naming the
// file and the field, and publish nothing. Runs on a copy of the project.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ae-build-'));
  for (const name of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function run(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a bad content file stops the build', () => {
  it('the build script lists every problem with file and field, and builds nothing', () => {
    const dir = copyProject();
    try {
      const file = join(dir, 'content/reviews/yaholkoski-2016.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('estimate: 0.65', 'estimate: "0.65x"').replace('outcome: quality-of-caregiving', 'outcome: quality-of-caregivin'));
      const { status, output } = run(dir, ['scripts/check-content.ts']);
      expect(status).toBe(1);
      expect(output).toContain('content/reviews/yaholkoski-2016.mdx');
      expect(output).toMatch(/content\/reviews\/yaholkoski-2016\.mdx: effects\[0\]\.estimate: must be a number \(got text: "0\.65x"\)/);
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
  it('astro build itself refuses a broken link between entries, naming file and field', () => {
    const dir = copyProject();
    try {
      const file = join(dir, 'content/reviews/yaholkoski-2016.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('outcome: quality-of-caregiving', 'outcome: quality-of-caregivin'));
      const { status, output } = run(dir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
      expect(status).not.toBe(0);
      expect(output).toContain('content/reviews/yaholkoski-2016.mdx');
      expect(output).toMatch(/effects\[1\]\.outcome: there is no outcomes entry "quality-of-caregivin".*did you mean "quality-of-caregiving"\?/);
      expect(existsSync(join(dir, 'dist', 'reviews', 'yaholkoski-2016', 'index.html'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
