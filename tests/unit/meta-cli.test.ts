/** Runs scripts/meta.ts as a separate Node process, as `npm run -s meta -- FILE.json` does. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compareWithExpected, EXPECTED_KEYS, type ReferenceCase } from '../helpers/meta-tolerance.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(projectRoot, 'scripts', 'meta.ts');
const fixtures = join(projectRoot, 'tests', 'fixtures', 'meta-reference');
const references: { file: string; reference: ReferenceCase }[] = readdirSync(fixtures)
  .filter((file: string) => file.endsWith('.json'))
  .sort()
  .map((file: string) => ({ file, reference: JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as ReferenceCase }));
// Each process costs ~0.3 s, so the CLI runs one case per method and per single-study case; meta-reference.test.ts checks them all.
const cases = references.filter(
  ({ reference }, index) =>
    reference.studies.length === 1 || references.findIndex((other) => other.reference.method === reference.method) === index,
);
const scratch = mkdtempSync(join(tmpdir(), 'meta-cli-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status: number | null) => resolve({ status, stdout, stderr }));
  });
}

function writeCase(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Asserts a failed run: the given exit status, nothing on stdout, one line on stderr naming what is given. */
function expectOneLineError(run: Run, status: number, ...mentions: string[]): void {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n').filter((line: string) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^meta: /);
  for (const text of mentions) expect(lines[0]).toContain(text);
}

const means = { label: 'Aronson 1948', m1: 10, sd1: 2, n1: 20, m2: 8, sd2: 3, n2: 22 };

describe('meta CLI', () => {
  it('runs under a Node that strips TypeScript types', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(23);
  });

  it('has a case for each method', () => {
    expect(new Set(cases.map(({ reference }) => reference.method))).toEqual(new Set(['FE', 'DL', 'REML']));
  });

  it.each(cases)('prints the expected result for $file', async ({ file, reference }) => {
    const run = await runCli(join(fixtures, file));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual([...EXPECTED_KEYS]);
    expect(compareWithExpected(reference.method, reference.expected, output).failures).toEqual([]);
  });

  it('prints numbers at full precision', async () => {
    const output = JSON.parse((await runCli(join(fixtures, 'bcg-dl.json'))).stdout) as { estimate: number };
    expect(String(output.estimate).replace(/^-?0\./, '').length).toBeGreaterThan(12);
  });

  it('refuses a negative SD, naming study and field', async () => {
    const file = writeCase('negative-sd.json', { measure: 'SMD', method: 'DL', studies: [{ ...means, sd1: -2 }] });
    expectOneLineError(await runCli(file), 1, 'study "Aronson 1948"', 'sd1 must be positive (got -2)');
  });

  it('refuses events above the total, naming study and field', async () => {
    const file = writeCase('events.json', {
      measure: 'OR',
      method: 'FE',
      studies: [{ label: 'Smith 1986', events1: 201, n1: 200, events2: 7, n2: 200 }],
    });
    expectOneLineError(await runCli(file), 1, 'study "Smith 1986"', 'events1');
  });

  it('refuses an unknown measure and k = 0', async () => {
    expectOneLineError(await runCli(writeCase('measure.json', { measure: 'HR', method: 'FE', studies: [means] })), 1, 'measure', '"HR"');
    expectOneLineError(await runCli(writeCase('empty.json', { measure: 'SMD', method: 'FE', studies: [] })), 1, 'studies', 'k = 0');
  });

  it('refuses invalid JSON and an unreadable file', async () => {
    expectOneLineError(await runCli(writeCase('broken.json', '{ "measure": "SMD",\n  "studies": [ }')), 1, 'broken.json', 'not valid JSON');
    expectOneLineError(await runCli(join(scratch, 'absent.json')), 1, 'absent.json', 'cannot read');
  });

  it('exits 2 on usage errors', async () => {
    expectOneLineError(await runCli(), 2, 'usage');
    expectOneLineError(await runCli('a.json', 'b.json'), 2, 'usage');
    expectOneLineError(await runCli('--frobnicate'), 2, 'usage');
  });
});
