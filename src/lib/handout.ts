/**
 * What an event's printed handout lists: each page of this site the talk
 * points to, grouped as on the event page, with the address to scan or type
 * (its short link where it has one).
 */
import type { Event } from '../schemas/event.ts';
import { shareAddress } from './qr.ts';

export interface HandoutItem {
  /** The page's name as the site shows it. */
  title: string;
  /** The page's own site path. */
  path: string;
  /** The absolute address printed and encoded in the QR code. */
  url: string;
  /** Whether `url` is a short link. */
  short: boolean;
}

interface Names {
  intervention: (id: string) => { data: { name: string } };
  review: (id: string) => { data: { title: string } };
  outcome: (id: string) => { data: { name: string } };
}

/** The handout's groups, in the event's own order, leaving out empty ones. */
export function handoutGroups(event: Pick<Event, 'interventions' | 'reviews' | 'outcomes'>, names: Names, shortLinks: ReadonlyMap<string, string>, origin?: string, base?: string): { heading: string; items: HandoutItem[] }[] {
  const item = (title: string, path: string): HandoutItem => ({ title, path, ...shareAddress(path, shortLinks, origin, base) });
  return [
    { heading: 'Interventions', items: (event.interventions ?? []).map((r) => item(names.intervention(r.id).data.name, `/interventions/${r.id}/`)) },
    { heading: 'Reviews and trials', items: (event.reviews ?? []).map((r) => item(names.review(r.id).data.title, `/reviews/${r.id}/`)) },
    { heading: 'Outcomes', items: (event.outcomes ?? []).map((r) => item(names.outcome(r.id).data.name, `/outcomes/${r.id}/`)) },
  ].filter((g) => g.items.length > 0);
}

/** Where an event's handout lives. */
export const handoutPath = (eventId: string) => `/events/${eventId}/handout/`;
