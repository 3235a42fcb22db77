// The build refuses a page that would break under its own Content-Security-
// Policy or allows more than it needs. Each rule is shown failing on a small
// page before a good page is trusted to pass.
import { describe, expect, it } from 'vitest';
import { cspHash, formatPolicy, headersFile, parsePolicy, unionPolicy } from '../../src/lib/csp.ts';
import { auditPage } from '../../src/lib/csp-audit.ts';
import { withoutHeadInjectDirective } from '../../src/integrations/no-head-inject-directive.ts';

const theme = 'document.documentElement.dataset.theme = "light";';
const base = "default-src 'none'; img-src 'self'; connect-src 'self'";

function page({ policy, head = '', body = '' }: { policy?: string; head?: string; body?: string }): string {
  const meta = policy === undefined ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${meta}${head}</head><body><main>${body}</main></body></html>`;
}
const noFiles = () => undefined;
const problems = (html: string, files: Record<string, string> = {}) => auditPage(html, (p) => files[p]).problems;

describe('cspHash', () => {
  it('is the sha256 of the exact text, base64, in the form CSP and Astro use', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});

describe('auditPage', () => {
  const good = page({ policy: `${base}; script-src 'self' '${cspHash(theme)}'; style-src 'self'`, head: `<script>${theme}</script><script type="module" src="/_astro/a.js"></script>` });

  it('passes a page whose every inline script is hashed in its policy', () => {
    expect(problems(good, { '/_astro/a.js': 'console.log(1)' })).toEqual([]);
  });
  it('catches a page with no policy', () => {
    expect(problems(page({ body: '<p>x</p>' }))).toEqual(['has no Content-Security-Policy <meta> element']);
  });
  it('catches an inline script whose hash is missing, quoting its start', () => {
    const html = page({ policy: `${base}; script-src 'self'; style-src 'self'`, body: '<script>alert("injected")</script>' });
    expect(problems(html)).toEqual(['has an inline <script> whose hash is not in its policy, so browsers will block it: alert("injected")']);
  });
  it('catches an inline script edited after its hash was taken (one character is enough)', () => {
    const html = page({ policy: `${base}; script-src '${cspHash(theme)}'; style-src 'self'`, body: `<script>${theme} </script>` });
    expect(problems(html)).toHaveLength(1);
  });
  it('catches an unhashed inline style, a style attribute and an event handler', () => {
    const html = page({ policy: `${base}; script-src 'self'; style-src 'self'`, body: '<style>p{color:red}</style><p style="color:red" onclick="go()">x</p>' });
    expect(problems(html)).toEqual([
      'has an inline <style> whose hash is not in its policy, so browsers will block it: p{color:red}',
      'has a style="…" attribute on <p>, which its policy blocks',
      'has a onclick="…" attribute on <p>, which its policy blocks',
    ]);
  });
  it('catches a policy that allows another site, a scheme or an unsafe keyword', () => {
    const html = page({ policy: `${base}; script-src 'self' https://cdn.example.com 'unsafe-inline'; style-src 'self' data:` });
    expect(problems(html)).toEqual([
      "its policy allows https://cdn.example.com in script-src (only 'self', 'none', hashes and, for search, 'wasm-unsafe-eval' are allowed)",
      "its policy allows 'unsafe-inline' in script-src (only 'self', 'none', hashes and, for search, 'wasm-unsafe-eval' are allowed)",
      "its policy allows data: in style-src (only 'self', 'none', hashes and, for search, 'wasm-unsafe-eval' are allowed)",
    ]);
  });
  it('catches a script or stylesheet loaded from another site', () => {
    const html = page({ policy: `${base}; script-src 'self'; style-src 'self'`, head: '<link rel="stylesheet" href="https://fonts.example.com/a.css"><script src="//cdn.example.com/x.js"></script>' });
    expect(problems(html)).toEqual([
      'loads //cdn.example.com/x.js from outside this site (only files on this site are allowed)',
      'loads https://fonts.example.com/a.css from outside this site (only files on this site are allowed)',
    ]);
  });
  it('catches a policy that comes after the script it should cover', () => {
    const html = `<!doctype html><html><head><script src="/_astro/a.js"></script><meta http-equiv="content-security-policy" content="${base}; script-src 'self'"></head><body></body></html>`;
    expect(problems(html)).toEqual(['a <script> comes before the Content-Security-Policy <meta>, so the policy does not cover it']);
  });
  it("requires default-src 'none' so nothing unlisted can load", () => {
    expect(problems(page({ policy: "default-src 'self'; script-src 'self'" }))).toEqual(["its policy does not start from default-src 'none'"]);
  });
  describe("'wasm-unsafe-eval' only where search runs", () => {
    const searchScript = { '/_astro/search.js': 'const pf = await window.importPagefind(`${base}pagefind/pagefind.js`);' };
    const head = '<script type="module" src="/_astro/search.js"></script>';
    it('passes the search page that has it', () => {
      const audit = auditPage(page({ policy: `${base}; script-src 'self' 'wasm-unsafe-eval'`, head }), (p) => searchScript[p as keyof typeof searchScript]);
      expect(audit).toMatchObject({ loadsSearch: true, problems: [] });
    });
    it('catches the search page without it (search would not start)', () => {
      expect(problems(page({ policy: `${base}; script-src 'self'`, head }), searchScript)).toEqual(["loads search, but its policy lacks 'wasm-unsafe-eval' in script-src, so search cannot start"]);
    });
    it('catches any other page with it', () => {
      expect(problems(page({ policy: `${base}; script-src 'self' 'wasm-unsafe-eval'` }))).toEqual(["allows 'wasm-unsafe-eval' but does not load search (only pages with search may run WebAssembly)"]);
    });
  });
  it('ignores JSON data blocks, which browsers never run', () => {
    expect(problems(page({ policy: `${base}; script-src 'self'`, body: '<script type="application/ld+json">{"@type":"WebSite"}</script>' }), {})).toEqual([]);
    expect(auditPage(page({ policy: `${base}; script-src 'self'` }), noFiles).loadsSearch).toBe(false);
  });
});

describe('policies and the _headers file', () => {
  it('parses directives, keeping only the first of a repeated one as browsers do', () => {
    const policy = parsePolicy("default-src 'none';script-src 'self' 'sha256-a=';  script-src *; ");
    expect([...policy]).toEqual([
      ['default-src', ["'none'"]],
      ['script-src', ["'self'", "'sha256-a='"]],
    ]);
  });
  it('unites policies directive by directive, in a stable order', () => {
    const union = unionPolicy([parsePolicy("script-src 'self' 'sha256-a='"), parsePolicy("script-src 'self' 'wasm-unsafe-eval'; img-src 'self'")]);
    expect(formatPolicy(union)).toBe("script-src 'self' 'sha256-a=' 'wasm-unsafe-eval'; img-src 'self'");
  });
  it('adds one Content-Security-Policy under /*, covering every page, plus frame-ancestors', () => {
    const template = '# comment\n/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: immutable\n';
    const out = headersFile(template, ["default-src 'none'; script-src 'self'", "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'"]);
    expect(out).toBe("# comment\n/*\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: immutable\n");
  });
  it('refuses a template that sets its own policy, or has no /* section', () => {
    expect(() => headersFile("/*\n  Content-Security-Policy: default-src *\n", [])).toThrow(/already sets Content-Security-Policy/);
    expect(() => headersFile('/_astro/*\n  Cache-Control: immutable\n', [])).toThrow(/no "\/\*" section/);
  });
});

describe('the head-inject directive Rolldown warned about', () => {
  it('is removed from a propagated-assets module, and nothing else is', () => {
    const code = '\n\t\t\t\t\t"use astro:head-inject";\n\t\t\t\t\tasync function getMod() {}\n';
    expect(withoutHeadInjectDirective(code)).toBe('\n\t\t\t\t\t\n\t\t\t\t\tasync function getMod() {}\n');
    expect(withoutHeadInjectDirective('"use client";\nexport {}')).toBe('"use client";\nexport {}');
    expect(withoutHeadInjectDirective('const s = "use astro:head-inject";')).toBe('const s = "use astro:head-inject";');
  });
});
