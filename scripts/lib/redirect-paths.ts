/**
 * The addresses that are redirect pages, as the sitemap leaves them out: short links, aliases and
 * former addresses, and compare pairs' addresses once they lead on to lines in compare lists
 * (src/lib/compare.ts). Read from content/ after the build, by the config's own small integration:
 * reading every entry takes seconds at thousands of reviews, and `astro dev` never needs it.
 */
import { loadContent } from './load-content.ts';
import { redirectsFor } from '../../src/lib/short-links.ts';
import { pairAddresses } from '../../src/lib/compare.ts';

/** Every redirect page's path, with the site's base path in front (as the sitemap's URLs have it). */
export function redirectPaths(base: string): Set<string> {
  const { entries } = loadContent();
  const interventionIds = entries.filter((e) => e.collection === 'interventions').map((e) => e.id);
  const leadOn = pairAddresses(interventionIds).filter((pair) => pair.leadsTo !== undefined).map((pair) => pair.path);
  return new Set([...redirectsFor(entries).map((r) => r.from), ...leadOn].map((path) => `${base.replace(/\/$/, '')}${path}`));
}
