// The checker reads files as the build does: what one accepts the other
// accepts, and what the build would get wrong the checker refuses first.
// Each case runs the checker and a bare `astro build` on a copy of the project.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../scripts/lib/check-content.ts';

const root = join(import.meta.dirname, '..', '..');

function withCopy(edit: (dir: string) => void, test: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'ae-agree-'));
  try {
    for (const name of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(root, name), join(dir, name), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    edit(dir);
    test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function astroBuild(dir: string) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

describe('the checker and the build agree', () => {
  it('both accept a UTF-8 byte-order mark (YAML and MDX) and Windows line endings', () => {
    withCopy(
      (dir) => {
        edit(dir, 'content/sources/yaholkoski-2016.yaml', (t) => `\uFEFF${t}`);
        edit(dir, 'content/reviews/yaholkoski-2016.mdx', (t) => `\uFEFF${t}`);
        edit(dir, 'content/reviews/cosi-trial.mdx', (t) => t.replace(/\n/g, '\r\n'));
        edit(dir, 'content/glossary/arm.yaml', (t) => t.replace(/\n/g, '\r\n'));
      },
      (dir) => {
        expect(checkContent({ root: dir, sharedDir: null }).problems).toEqual([]);
        const { status, output } = astroBuild(dir);
        expect(status, output).toBe(0);
        const page = readFileSync(join(dir, 'dist/reviews/yaholkoski-2016/index.html'), 'utf8');
        expect(page).toContain('Efficacy of the circle of security intervention');
        expect(readFileSync(join(dir, 'dist/reviews/cosi-trial/index.html'), 'utf8')).toContain('ISRCTN18308962');
      },
    );
  }, 300_000);

  it('both refuse an unquoted date; the checker says to quote it', () => {
    withCopy(
      (dir) => edit(dir, 'content/sources/yaholkoski-2016.yaml', (t) => t.replace('date: "2016"', 'date: 2016-05-01')),
      (dir) => {
        expect(checkContent({ root: dir, sharedDir: null }).problems).toEqual([
          { file: 'content/sources/yaholkoski-2016.yaml', field: 'date', message: expect.stringMatching(/^write dates in quotes: "2016-05-01"/) },
        ]);
        const { status, output } = astroBuild(dir);
        expect(status).not.toBe(0);
        expect(output).toContain('yaholkoski-2016');
        expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
      },
    );
  }, 300_000);

  it('both refuse a file that is not UTF-8 (a bare astro build through the shared validate)', () => {
    withCopy(
      (dir) => {
        const file = join(dir, 'content/sources/yaholkoski-2016.yaml');
        const bytes = Buffer.from(readFileSync(file, 'utf8').replace('95–103', '95@103'), 'utf8');
        bytes[bytes.indexOf('95@103') + 2] = 0x96; // the en dash as Windows-1252 writes it
        writeFileSync(file, bytes);
      },
      (dir) => {
        expect(checkContent({ root: dir, sharedDir: null }).problems).toEqual([
          { file: 'content/sources/yaholkoski-2016.yaml', field: '(file)', message: expect.stringMatching(/^is not saved as UTF-8/) },
        ]);
        const { status, output } = astroBuild(dir);
        expect(status).not.toBe(0);
        expect(output).toMatch(/content\/sources\/yaholkoski-2016\.yaml: pages: contains the character �, which means the file was not saved as UTF-8/);
        expect(existsSync(join(dir, 'dist/reviews/yaholkoski-2016/index.html'))).toBe(false);
      },
    );
  }, 300_000);
});
