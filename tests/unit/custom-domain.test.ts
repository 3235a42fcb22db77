// GitHub Pages learns the site's domain from CNAME, written by the build from
// the origin in src/site.config.ts; a preview build must not claim it.
import { describe, expect, it } from 'vitest';
import { customDomain } from '../../src/lib/custom-domain.ts';

describe('customDomain', () => {
  it('is the host of an https origin served at its root', () => {
    expect(customDomain('https://attachment-evidence.org', '/')).toBe('attachment-evidence.org');
    expect(customDomain('https://www.attachment-evidence.org/', '')).toBe('www.attachment-evidence.org');
  });
  it('is none for a preview under a base path, plain http, localhost or an IP address', () => {
    expect(customDomain('https://attachment-evidence.github.io', '/attachment-evidence/')).toBeUndefined();
    expect(customDomain('http://attachment-evidence.org', '/')).toBeUndefined();
    expect(customDomain('https://localhost:4321', '/')).toBeUndefined();
    expect(customDomain('https://127.0.0.1', '/')).toBeUndefined();
  });
  it('names the setting when the origin is not a web address', () => {
    expect(() => customDomain('attachment-evidence.org', '/')).toThrow('SITE_ORIGIN "attachment-evidence.org" is not a web address (expected e.g. https://attachment-evidence.org)');
  });
});
