// What the build adds for hosts: GitHub Pages' CNAME from the one config module.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from '../helpers/dist.ts';
import { site } from '../../src/site.config.ts';
import { customDomain } from '../../src/lib/custom-domain.ts';

describe('CNAME', () => {
  it("names the site's own domain when built for its root, and is absent for a preview", () => {
    const domain = customDomain(site.origin, site.base);
    const file = join(dist, 'CNAME');
    if (domain) expect(readFileSync(file, 'utf8')).toBe(`${domain}\n`);
    else expect(existsSync(file)).toBe(false);
    if (!process.env.SITE_ORIGIN && !process.env.SITE_BASE) expect(domain).toBe(new URL(site.origin).hostname);
  });
});
