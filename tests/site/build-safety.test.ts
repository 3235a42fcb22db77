// `npm run build` publishes all or nothing: a failed build leaves the last good
// dist/ byte for byte as it was, and two clean builds are byte-identical.
// Runs the real build script on a copy of the project, never on the dist/
// the other tests read and serve.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const slow = 300_000;
let dir: string;

/** Every file under dist/ with the sha256 of its bytes. */
function hashes(): Record<string, string> {
  const dist = join(dir, 'dist');
  const out: Record<string, string> = {};
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(dist, name);
    if (statSync(file).isFile()) out[name.split(sep).join('/')] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

function build() {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', timeout: slow, env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}\n${result.stderr}` };
}

/** Changes a file for one build, then puts it back exactly. */
function withChange(path: string, change: (text: string) => string, run: () => void) {
  const file = join(dir, path);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, change(original));
  try {
    run();
  } finally {
    writeFileSync(file, original);
  }
}

let good: Record<string, string>;
let first: ReturnType<typeof build>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ae-build-safety-'));
  for (const name of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  first = build();
  good = first.status === 0 ? hashes() : {};
}, slow);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The failed build's message, and dist/ exactly as the good build left it. */
function expectRefusedAndUntouched(result: ReturnType<typeof build>) {
  expect(result.status, result.output).toBe(1);
  expect(result.output).toContain('Build failed:');
  expect(result.output).toContain('Nothing was published: dist/ is unchanged and still holds the last good build.');
  expect(hashes()).toEqual(good);
  expect(existsSync(join(dir, '.dist-staging'))).toBe(false);
}

describe('a clean build', () => {
  it('prints no warnings and ends with one summary line: pages, search index, time, where', () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toMatch(/warn/i);
    const lines = first.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^Built \d{3} pages \(\d+ in the search index\) in \d+\.\d s into dist\/$/);
    expect(Object.keys(good)).toContain('index.html');
    expect(Object.keys(good)).toContain('_headers');
  });
  it('is byte-identical when built again', () => {
    expect(build().status).toBe(0);
    expect(hashes()).toEqual(good);
  }, slow);
});

describe('a failed build leaves the last good dist/ byte for byte', () => {
  const review = 'content/reviews/yaholkoski-2016.mdx';
  it('a content file the checker refuses (nothing else runs)', () => {
    withChange(review, (t) => t.replace('outcome: quality-of-caregiving', 'outcome: quality-of-caregivin'), () => {
      const result = build();
      expectRefusedAndUntouched(result);
      expect(result.output).toContain('content/reviews/yaholkoski-2016.mdx');
      expect(result.output).toContain('Build failed: the content check found problems (listed above).');
    });
  }, slow);
  it('a content file that fails while its page renders', () => {
    withChange(review, (t) => `${t}\n{(() => { throw new Error('render broke on purpose') })()}\n`, () => {
      const result = build();
      expectRefusedAndUntouched(result);
      expect(result.output).toMatch(/yaholkoski-2016/);
    });
  }, slow);
  it('a content file that cannot be compiled (an unclosed tag)', () => {
    withChange(review, (t) => `${t}\nThis <abbr title="x">never closes.\n\n## Next\n`, () => {
      const result = build();
      expectRefusedAndUntouched(result);
      expect(result.output).toContain('yaholkoski-2016.mdx');
    });
  }, slow);
  it('a page that throws after others are written (Astro used to leave dist/ half-built)', () => {
    withChange('src/pages/about.astro', (t) => t.replace('const site = await getSite();', "throw new Error('about page broke on purpose');"), () => {
      const result = build();
      expectRefusedAndUntouched(result);
      expect(result.output).toContain('about page broke on purpose');
    });
  }, slow);
  it('a page with an inline script the Content-Security-Policy does not cover (the check after Astro and Pagefind)', () => {
    withChange('src/pages/about.astro', (t) => t.replace('<h1>About the evidence</h1>', '<h1>About the evidence</h1><script is:inline>document.title = "injected";</script>'), () => {
      const result = build();
      expectRefusedAndUntouched(result);
      expect(result.output).toContain('about/index.html: has an inline <script> whose hash is not in its policy, so browsers will block it: document.title = "injected";');
    });
  }, slow);
});

describe('warnings are quiet only because there are none', () => {
  // Runs last: it is a successful build, so it replaces dist/ in the copy.
  it('a real bundler warning still shows, in full, and the summary still ends the build', () => {
    withChange('src/client/enhance.ts', (t) => `"use client";\n${t}`, () => {
      const result = build();
      expect(result.status, result.output).toBe(0);
      expect(result.output).toMatch(/\[WARN\] \[vite\].*MODULE_LEVEL_DIRECTIVE.*"use client" in "src\/client\/enhance\.ts"/);
      expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^Built \d+ pages/);
    });
  }, slow);
});
