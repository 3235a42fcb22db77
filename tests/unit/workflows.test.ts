// The GitHub workflows cannot run here, so their shape is checked: they run
// the same npm scripts as .ci/run (the check that does run here), pull
// requests get read-only permissions and no secrets, main is published to
// GitHub Pages, and the "needs a maintainer" step is run for real on a
// scratch git repository.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  container?: string | { image: string };
  permissions?: Record<string, string>;
  needs?: string | string[];
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflows = {
  pr: parse(read('.github/workflows/pr.yml')) as Workflow,
  deploy: parse(read('.github/workflows/deploy.yml')) as Workflow,
};
const packageScripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

/**
 * The npm commands a shell script runs, in order: "npm install" → "install",
 * "npm run build" → "build". Only npm in command position counts, not in
 * quoted text, comments or another command's arguments.
 */
function npmCommands(shell: string): string[] {
  const commands: string[] = [];
  for (const raw of shell.split('\n')) {
    const line = raw.replace(/'[^']*'|"(?:\\.|[^"\\])*"/g, "''").replace(/(^|\s)#.*$/, '');
    for (const m of line.matchAll(/(?:^|&&|\|\||[;|({]|\bthen|\bdo|\belse)\s*npm\s+(?:run(?:-script)?\s+)?([\w:.-]+)/g)) commands.push(m[1]!);
  }
  return commands;
}
const stepsOf = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const npmIn = (w: Workflow) => stepsOf(w).flatMap((s) => (s.run ? npmCommands(s.run) : []));

describe('.ci/run', () => {
  const ci = read('.ci/run');
  it('installs Chromium with apt-get, then runs npm install and npm test, as CI', () => {
    expect(ci).toMatch(/apt-get install -y[^\n]* chromium/);
    expect(npmCommands(ci)).toEqual(['install', 'test']);
    expect(ci).toMatch(/^export CI=true$/m);
  });
  it('the npm command parser reads comments as comments', () => {
    expect(npmCommands('# npm run nothing\nnpm run check:content && npm test -- --x # npm run build\nnpx npm-foo\necho "npm install failed"\napt-get install nodejs npm chromium\nif x; then npm run build; fi')).toEqual(['check:content', 'test', 'build']);
  });
});

describe('both workflows', () => {
  for (const [name, workflow] of Object.entries(workflows)) {
    describe(name, () => {
      it('run every npm command .ci/run runs, in the same order, in Debian with apt-get chromium', () => {
        const commands = npmIn(workflow);
        const ci = npmCommands(read('.ci/run'));
        expect(commands.filter((c) => ci.includes(c))).toEqual(ci);
        const job = Object.values(workflow.jobs).find((j) => j.steps.some((s) => s.run && npmCommands(s.run).includes('test')))!;
        const image = typeof job.container === 'string' ? job.container : job.container?.image;
        expect(image).toMatch(/^debian:/);
        expect(job.steps.find((s) => s.run?.includes('apt-get install'))?.run).toMatch(/\bchromium\b/);
      });
      it('also check content and build, and every npm script they name exists', () => {
        const commands = npmIn(workflow);
        expect(commands).toEqual(['install', 'check:content', 'test', 'build']);
        for (const c of commands.filter((c) => c !== 'install')) expect(packageScripts, c).toContain(c);
      });
      it('default to read-only permissions and never run with pull_request_target', () => {
        expect(workflow.permissions).toEqual({ contents: 'read' });
        expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
        for (const step of stepsOf(workflow).filter((s) => s.uses?.startsWith('actions/checkout'))) {
          expect(step.with?.['persist-credentials']).toBe(false);
        }
      });
    });
  }
});

describe('pull requests', () => {
  const pr = workflows.pr;
  it('run on pull_request only, with no job asking for more than reading, and no secrets', () => {
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    for (const job of Object.values(pr.jobs)) {
      for (const access of Object.values(job.permissions ?? {})) expect(access).not.toBe('write');
    }
    expect(JSON.stringify(pr)).not.toMatch(/secrets\./);
  });
  it('upload the built site as an artifact', () => {
    const upload = stepsOf(pr).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toMatch(/^dist\/?$/);
  });
});

describe('deploying main', () => {
  const deploy = workflows.deploy;
  it('publishes on a push to main with the Pages actions, after the tests, from dist/', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    const steps = stepsOf(deploy);
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload).toBeGreaterThan(steps.findIndex((s) => s.run?.trim() === 'npm test'));
    expect(steps[upload]!.with?.path).toMatch(/^dist\/?$/);
    const publish = Object.values(deploy.jobs).find((j) => j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')))!;
    expect(publish.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(publish.needs).toBe('build');
  });
  it('builds for the root of the custom domain: no SITE_BASE or SITE_ORIGIN overrides', () => {
    expect(read('.github/workflows/deploy.yml')).not.toMatch(/SITE_(BASE|ORIGIN)/);
  });
});

describe('CODEOWNERS', () => {
  const rules = read('.github/CODEOWNERS')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => l.split(/\s+/));
  it('gives maintainers everything, then leaves content/ (the last matching rule wins) to editors', () => {
    expect(rules).toEqual([['*', '@attachment-evidence/maintainers'], ['/content/']]);
  });
});

describe("the pull-request step that flags code changes for a maintainer's review", () => {
  const step = stepsOf(workflows.pr).find((s) => s.name === 'List changes outside content/')!;
  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });

  /** A scratch repository whose HEAD is a merge of a branch changing `files` into main, as GitHub checks out a PR. */
  function pullRequestChanging(files: string[]): { status: number | null; output: string; summary: string } {
    const dir = mkdtempSync(join(tmpdir(), 'ae-pr-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      const commit = (message: string) => {
        git(dir, 'add', '-A');
        git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', message);
      };
      git(dir, 'init', '-q', '-b', 'main');
      write('content/reviews/a.mdx', 'a\n');
      write('src/lib/x.ts', 'x\n');
      commit('base');
      git(dir, 'checkout', '-q', '-b', 'pr');
      for (const f of files) write(f, 'changed\n');
      commit('change');
      git(dir, 'checkout', '-q', 'main');
      git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'merge', '-q', '--no-ff', '-m', 'merge', 'pr');
      const summary = join(dir, '..', `${dir.split('/').pop()}-summary.md`);
      const result = spawnSync('bash', ['-e', '-c', step.run!], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_STEP_SUMMARY: summary } });
      let text = '';
      try {
        text = readFileSync(summary, 'utf8');
        rmSync(summary);
      } catch {
        // no summary written
      }
      return { status: result.status, output: `${result.stdout}${result.stderr}`, summary: text };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('passes a pull request that changes only content/', () => {
    const result = pullRequestChanging(['content/reviews/a.mdx', 'content/reviews/new-review.mdx']);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain("Only content/ changes: an editor's review is enough.");
  });
  it('fails, naming every file outside content/, when a pull request also changes code', () => {
    const result = pullRequestChanging(['content/reviews/a.mdx', 'src/lib/x.ts', '.github/workflows/pr.yml']);
    expect(result.status).toBe(1);
    expect(result.output).toContain("::error title=Needs a maintainer's review::This pull request changes files outside content/");
    expect(result.output).toContain('  .github/workflows/pr.yml\n  src/lib/x.ts');
    expect(result.output).not.toContain('content/reviews/a.mdx');
    expect(result.summary).toContain('- `src/lib/x.ts`');
  });
});
