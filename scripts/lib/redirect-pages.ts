/**
 * The redirect pages, read from content/ once, after the build, by the config's own small
 * integration: their paths, which the sitemap leaves out (short links, aliases and former
 * addresses, and compare pairs' addresses once they lead on to lines in compare lists,
 * src/lib/compare.ts), and the _redirects file that lists them for hosts that read it.
 * Reading every entry takes seconds at thousands of reviews, so it is done once, and never by
 * `astro dev`.
 */
import { loadContent } from './load-content.ts';
import { redirectsFile, redirectsFor } from '../../src/lib/short-links.ts';
import { pairAddresses } from '../../src/lib/compare.ts';

/** Every redirect page's path, with the site's base path in front (as the sitemap's URLs have it), and _redirects' text. */
export function redirectPages(base: string): { paths: Set<string>; redirectsFile: string } {
  const { entries } = loadContent();
  const redirects = redirectsFor(entries);
  const interventionIds = entries.filter((e) => e.collection === 'interventions').map((e) => e.id);
  const leadOn = pairAddresses(interventionIds).filter((pair) => pair.leadsTo !== undefined).map((pair) => pair.path);
  return {
    paths: new Set([...redirects.map((r) => r.from), ...leadOn].map((path) => `${base.replace(/\/$/, '')}${path}`)),
    redirectsFile: redirectsFile(redirects, base),
  };
}
