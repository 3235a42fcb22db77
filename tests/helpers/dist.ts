// Reading the real build: pages by URL, as text a reader sees.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const dist = join(import.meta.dirname, '..', '..', 'dist');

/** The file a URL path is served from: /reviews/x/ → dist/reviews/x/index.html. */
export function fileFor(urlPath: string): string {
  const clean = decodeURI(urlPath.split('#')[0]!.split('?')[0]!);
  return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

// The build does not change during a test run, so each page is parsed once.
const parsed = new Map<string, HTMLElement>();

export function page(urlPath: string): HTMLElement {
  const file = fileFor(urlPath);
  if (!existsSync(file)) throw new Error(`${urlPath} is not in the build (${file})`);
  let doc = parsed.get(file);
  if (!doc) parsed.set(file, (doc = parse(readFileSync(file, 'utf8'))));
  return doc;
}

/** Visible text with white space collapsed, as a reader would search it. */
export function readerText(el: HTMLElement): string {
  return el.textContent.replace(/\s+/g, ' ').trim();
}

/** A redirect page (short link, alias, former address) only sends readers on: it is tested on its own. */
export const isRedirectPage = (file: string) => /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8'));

/** Every HTML page in the build, as URL paths: reading pages, or with `redirects`, only the redirect pages. */
export function allPages(dir = dist, { redirects = false } = {}): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return allPages(path, { redirects });
    if (!name.endsWith('.html') || isRedirectPage(path) !== redirects) return [];
    const rel = relative(dist, path).split(sep).join('/');
    return [rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`];
  });
}
