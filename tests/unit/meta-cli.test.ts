/** Runs scripts/meta.ts as a separate Node process, as `npm run -s meta -- FILE.json` does. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compareWithExpected, EXPECTED_KEYS, type ReferenceCase } from './meta-tolerance.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(projectRoot, 'scripts', 'meta.ts');
const fixtures = join(projectRoot, 'tests', 'fixtures', 'meta-reference');
const cases = readdirSync(fixtures).filter((file) => file.endsWith('.json')).sort();
const scratch = mkdtempSync(join(tmpdir(), 'meta-cli-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runCli(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeCase(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Asserts a failed run: the given exit status, nothing on stdout, one line on stderr naming what is given. */
function expectOneLineError(run: ReturnType<typeof runCli>, status: number, ...mentions: string[]): void {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^meta: /);
  for (const text of mentions) expect(lines[0]).toContain(text);
}

const means = { label: 'Aronson 1948', m1: 10, sd1: 2, n1: 20, m2: 8, sd2: 3, n2: 22 };

describe('meta CLI', () => {
  it('runs under a Node that strips TypeScript types', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(23);
  });

  it.each(cases)('prints the expected result for %s', (file) => {
    const reference = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as ReferenceCase;
    const run = runCli(join(fixtures, file));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual([...EXPECTED_KEYS]);
    expect(compareWithExpected(reference.method, reference.expected, output).failures).toEqual([]);
  });

  it('prints numbers at full precision', () => {
    const output = JSON.parse(runCli(join(fixtures, 'bcg-dl.json')).stdout) as { estimate: number };
    expect(String(output.estimate).replace(/^-?0\./, '').length).toBeGreaterThan(12);
  });

  it('refuses a negative SD, naming study and field', () => {
    const file = writeCase('negative-sd.json', { measure: 'SMD', method: 'DL', studies: [{ ...means, sd1: -2 }] });
    expectOneLineError(runCli(file), 1, 'study "Aronson 1948"', 'sd1 must be positive (got -2)');
  });

  it('refuses events above the total, naming study and field', () => {
    const file = writeCase('events.json', {
      measure: 'OR',
      method: 'FE',
      studies: [{ label: 'Smith 1986', events1: 201, n1: 200, events2: 7, n2: 200 }],
    });
    expectOneLineError(runCli(file), 1, 'study "Smith 1986"', 'events1');
  });

  it('refuses an unknown measure and k = 0', () => {
    expectOneLineError(runCli(writeCase('measure.json', { measure: 'HR', method: 'FE', studies: [means] })), 1, 'measure', '"HR"');
    expectOneLineError(runCli(writeCase('empty.json', { measure: 'SMD', method: 'FE', studies: [] })), 1, 'studies', 'k = 0');
  });

  it('refuses invalid JSON and an unreadable file', () => {
    expectOneLineError(runCli(writeCase('broken.json', '{ "measure": "SMD",\n  "studies": [ }')), 1, 'broken.json', 'not valid JSON');
    expectOneLineError(runCli(join(scratch, 'absent.json')), 1, 'absent.json', 'cannot read');
  });

  it('exits 2 on usage errors', () => {
    expectOneLineError(runCli(), 2, 'usage');
    expectOneLineError(runCli('a.json', 'b.json'), 2, 'usage');
    expectOneLineError(runCli('--frobnicate'), 2, 'usage');
  });
});
