// The content rules hold in the real tools, on a copy of the project (the
// shared dist/ is never touched): every hostile body at once is refused by
// `npm run check:content` (file and line for each) and by a bare `astro build`,
// which publishes nothing and never runs a body's code; root-relative body
// links work under a base path.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileBodies } from '../fixtures/hostile-bodies.ts';

const root = join(import.meta.dirname, '..', '..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ae-bodies-'));
  for (const name of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// Vitest puts Vite's BASE_URL, MODE, DEV, PROD and SSR in the environment; a build must not inherit them.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k) && !k.startsWith('VITEST')));

function run(dir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 240_000, env: { ...cleanEnv, ...env } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Append `body` to a content file; returns the file line the appended body starts on. */
function append(dir: string, file: string, body: string): number {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const base = text.endsWith('\n') ? text : `${text}\n`;
  writeFileSync(path, `${base}${body}`);
  return base.split('\n').length;
}

const bodyFiles = ['interventions', 'reviews', 'outcomes', 'events'].flatMap((c) =>
  readdirSync(join(root, 'content', c)).filter((n) => n.endsWith('.mdx')).sort().map((n) => `content/${c}/${n}`),
);

/** A body whose code, if it ever ran, would write `canary`. */
const canaryBody = (canary: string) =>
  `import fs from 'node:fs'\n\nexport const home = fs.writeFileSync(${JSON.stringify(canary)}, 'HOME=' + process.env.HOME)\n\n{fs.writeFileSync(${JSON.stringify(canary)}, 'PATH=' + process.env.PATH)}\n`;

const htmlFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')) : []);

describe('every hostile body at once', () => {
  it('is refused by the checker, file and line for each, and by a bare astro build, which publishes nothing and runs nothing', () => {
    expect(bodyFiles.length).toBeGreaterThan(hostileBodies.length);
    const dir = copyProject();
    const canary = join(dir, 'canary.txt');
    try {
      const placed = hostileBodies.map((h, i) => ({ ...h, file: bodyFiles[i]!, at: append(dir, bodyFiles[i]!, `\n${h.body}`) + 1 }));
      append(dir, bodyFiles[hostileBodies.length]!, `\n${canaryBody(canary)}`);

      const check = run(dir, ['scripts/check-content.ts']);
      expect(check.status).toBe(1);
      for (const h of placed) {
        expect(check.output, h.name).toContain(h.file);
        expect(check.output, h.name).toMatch(new RegExp(`body \\(line ${h.at + h.line - 1}\\): .*${h.message.source}`));
      }

      const build = run(dir, [astro, 'build']);
      expect(build.status).not.toBe(0);
      expect(build.output).toMatch(/content\/\w+\/[\w-]+\.mdx breaks the content rules \(\d+ problems?\); nothing was published/);
      expect(htmlFiles(join(dir, 'dist'))).toEqual([]);
      expect(existsSync(canary), 'a body’s code ran during the build').toBe(false);
      expect(build.output).not.toContain(process.env.HOME!);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 480_000);

  it('(control) without the content rules, the same import would run at build time: the canary above can catch it', () => {
    const dir = copyProject();
    const canary = join(dir, 'canary.txt');
    try {
      const configPath = join(dir, 'astro.config.mjs');
      const config = readFileSync(configPath, 'utf8');
      expect(config).toContain('remarkContentPolicy, [remarkSiteLinks');
      writeFileSync(configPath, config.replace('remarkContentPolicy, [remarkSiteLinks', '[remarkSiteLinks'));
      append(dir, 'content/events/eypr-2016.mdx', `\n${canaryBody(canary)}`);
      const build = run(dir, [astro, 'build']);
      expect(build.status, build.output).toBe(0);
      expect(readFileSync(canary, 'utf8')).toMatch(/^(HOME|PATH)=/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('body links under a base path', () => {
  it('a body link written from the site root works when the site is built under SITE_BASE=/preview/', () => {
    const dir = copyProject();
    try {
      append(dir, 'content/reviews/yaholkoski-2016.mdx', '\n## Read with\n\n<OurReading>See [COS-P’s effects](/interventions/cos-p/#effects) and [the citation](#citation).</OurReading>\n');
      const check = run(dir, ['scripts/check-content.ts']);
      expect(check.status, check.output).toBe(0);
      const build = run(dir, [astro, 'build'], { SITE_BASE: '/preview/' });
      expect(build.status, build.output).toBe(0);
      const html = readFileSync(join(dir, 'dist/reviews/yaholkoski-2016/index.html'), 'utf8');
      expect(html).toContain('<span class="our-reading"><span class="our-reading-label">Our reading:</span> See <a href="/preview/interventions/cos-p/#effects">');
      expect(html).toContain('<a href="#citation">the citation</a>');
      // The target exists in this build, at the base path the link now carries.
      const target = readFileSync(join(dir, 'dist/interventions/cos-p/index.html'), 'utf8');
      expect(target).toMatch(/id="effects"/);
      // The templates' own links carry the base too: the whole page works under it.
      expect(html).toContain('href="/preview/interventions/cos-p/"');
      expect(html).not.toContain('href="/interventions/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
