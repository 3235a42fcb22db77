/**
 * The Content-Security-Policy as text: hashes for inline code, parsing and
 * merging policies, and the `_headers` file that carries the policy for hosts
 * that read one. The build's check of each page is in csp-audit.ts.
 */
import { createHash } from 'node:crypto';

/** A CSP source for exactly this inline script or style: `sha256-…` (Astro's hash form, without quotes). */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Directive name → its sources, in the order written. */
export type Policy = Map<string, string[]>;

export function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // Browsers obey only the first of a repeated directive.
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Every source any of the policies allows, directive by directive (first-seen order, so it is stable). */
export function unionPolicy(policies: Policy[]): Policy {
  const union: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const all = union.get(name) ?? [];
      for (const s of sources) if (!all.includes(s)) all.push(s);
      union.set(name, all);
    }
  }
  return union;
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages) for a built site: the
 * template from public/ with `Content-Security-Policy` added under `/*`.
 * The header carries every source any page's policy allows; each page's own
 * <meta> policy then narrows it (browsers enforce both), so only the search
 * page gets WebAssembly. Headers also reach Pagefind's web worker, which a
 * page's <meta> cannot. `frame-ancestors` works only as a header.
 */
export function headersFile(template: string, pagePolicies: string[]): string {
  const union = unionPolicy(pagePolicies.map(parsePolicy));
  union.set('frame-ancestors', ["'none'"]);
  const line = `  Content-Security-Policy: ${formatPolicy(union)}`;
  const lines = template.split('\n');
  const all = lines.findIndex((l) => l.trim() === '/*');
  if (all === -1) throw new Error('public/_headers has no "/*" section to add the Content-Security-Policy to');
  if (lines.some((l) => /^\s*content-security-policy\s*:/i.test(l))) {
    throw new Error('public/_headers already sets Content-Security-Policy; the build writes it from the pages, so remove it there');
  }
  lines.splice(all + 1, 0, line);
  return lines.join('\n');
}
