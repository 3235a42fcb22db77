/**
 * The build's check of every finished page against its own Content-Security-
 * Policy. Astro writes the policy into each page's <meta http-equiv> with a
 * hash for every script and style it bundled; a page that would break under
 * its own policy (an unhashed inline script, an event-handler attribute), or
 * that allows more than it needs, stops the build instead of reaching readers.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { cspHash, parsePolicy } from './csp.ts';

/**
 * The only sources a page may name: our own origin, nothing, hashes, and the
 * WebAssembly switch search needs. Any host, scheme (`https:`, `data:`) or
 * `'unsafe-…'` keyword is refused.
 */
const allowedSource = /^(?:'self'|'none'|'wasm-unsafe-eval'|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;

/** A script, or a page that loads a script, containing this starts Pagefind (and so needs WebAssembly). */
export const searchMarker = 'pagefind/pagefind.js';

export interface PageAudit {
  /** The page's policy as written in its meta element (undefined when it has none). */
  policy?: string;
  /** Whether the page loads Pagefind. */
  loadsSearch: boolean;
  problems: string[];
}

const executable = (el: HTMLElement) => {
  const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

/**
 * Checks one built page against its own policy. `readLocal` returns the text
 * of a file on this site by URL path (for the scripts a page loads), or
 * undefined when there is none.
 */
export function auditPage(html: string, readLocal: (urlPath: string) => string | undefined): PageAudit {
  const doc = parse(html, { comment: false });
  const problems: string[] = [];
  const metas = doc.querySelectorAll('meta').filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  const head = doc.querySelector('head');

  const scripts = doc.querySelectorAll('script').filter(executable);
  const inlineScripts = scripts.filter((s) => !s.hasAttribute('src')).map((s) => s.rawText);
  const externalScripts = scripts.filter((s) => s.hasAttribute('src')).map((s) => s.getAttribute('src')!);
  const inlineStyles = doc.querySelectorAll('style').map((s) => s.rawText);
  const stylesheets = doc.querySelectorAll('link').filter((l) => l.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('stylesheet')).map((l) => l.getAttribute('href') ?? '');

  const local = (url: string) => url.startsWith('/') && !url.startsWith('//');
  for (const url of [...externalScripts, ...stylesheets]) {
    if (!local(url)) problems.push(`loads ${url} from outside this site (only files on this site are allowed)`);
  }
  const loadsSearch = [...inlineScripts, ...externalScripts.filter(local).map((u) => readLocal(u) ?? '')].some((text) => text.includes(searchMarker));

  if (metas.length !== 1) {
    problems.push(metas.length === 0 ? 'has no Content-Security-Policy <meta> element' : `has ${metas.length} Content-Security-Policy <meta> elements (expected one)`);
    return { loadsSearch, problems };
  }
  const meta = metas[0]!;
  const content = meta.getAttribute('content') ?? '';
  if (!head || meta.parentNode !== head) problems.push('its Content-Security-Policy <meta> is not in <head>');
  // A <meta> policy governs only what comes after it.
  const firstGoverned = doc.querySelector('script, style, link[rel~="stylesheet"]');
  if (firstGoverned && firstGoverned.range[0] < meta.range[0]) {
    problems.push(`a <${firstGoverned.rawTagName}> comes before the Content-Security-Policy <meta>, so the policy does not cover it`);
  }

  const policy = parsePolicy(content);
  for (const [name, sources] of policy) {
    for (const source of sources) {
      if (!allowedSource.test(source)) problems.push(`its policy allows ${source} in ${name} (only 'self', 'none', hashes and, for search, 'wasm-unsafe-eval' are allowed)`);
    }
  }
  if (policy.get('default-src')?.join(' ') !== "'none'") problems.push("its policy does not start from default-src 'none'");
  const scriptSources = policy.get('script-src-elem') ?? policy.get('script-src') ?? [];
  const styleSources = policy.get('style-src-elem') ?? policy.get('style-src') ?? [];
  for (const text of inlineScripts) {
    if (!scriptSources.includes(`'${cspHash(text)}'`)) problems.push(`has an inline <script> whose hash is not in its policy, so browsers will block it: ${snippet(text)}`);
  }
  for (const text of inlineStyles) {
    if (!styleSources.includes(`'${cspHash(text)}'`)) problems.push(`has an inline <style> whose hash is not in its policy, so browsers will block it: ${snippet(text)}`);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of Object.keys(el.attributes)) {
      const name = attr.toLowerCase();
      if (name === 'style' || name.startsWith('on')) problems.push(`has a ${name}="…" attribute on <${el.rawTagName}>, which its policy blocks`);
    }
  }
  const wasm = (policy.get('script-src') ?? []).includes("'wasm-unsafe-eval'");
  if (loadsSearch && !wasm) problems.push("loads search, but its policy lacks 'wasm-unsafe-eval' in script-src, so search cannot start");
  if (!loadsSearch && wasm) problems.push("allows 'wasm-unsafe-eval' but does not load search (only pages with search may run WebAssembly)");
  return { policy: content, loadsSearch, problems };
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

