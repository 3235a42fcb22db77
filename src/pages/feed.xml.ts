// /feed.xml: new and updated reviews (RSS 2.0), dated from content only.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../content.ts';
import { feedItems } from '../lib/feed.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { site as siteConfig } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return rss({
    title: `${siteConfig.name}: new and updated reviews`,
    description: siteConfig.tagline,
    site: absoluteUrl('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language><atom:link href="${absoluteUrl('/feed.xml')}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(site.reviews, absoluteUrl),
  });
};
