/**
 * /data/interventions.json: each intervention as the site describes it, with
 * its ratings and cost ratings (each with its source and evidence), the
 * reviews about it and where its effects can be downloaded.
 */
import type { Intervention } from '../schemas/intervention.ts';
import { ratingSchemes } from '../schemas/intervention.ts';
import { evidenceKind, evidenceText, type Citation } from '../schemas/common.ts';
import type { Entry } from './model.ts';
import { paths } from './model.ts';
import { dataPaths } from './effects-data.ts';
import { absoluteUrl } from './site-url.ts';

function evidence(c: Citation) {
  return { source: c.source.id, locator: c.locator ?? null, evidenceKind: evidenceKind(c), evidence: evidenceText(c) };
}

interface InterventionLinks {
  reviews: readonly string[];
  effects: number;
}

export function interventionData(entry: Entry<Intervention>, links: InterventionLinks, url: (path: string) => string = absoluteUrl) {
  const d = entry.data;
  return {
    id: entry.id,
    name: d.name,
    shortName: d.shortName ?? null,
    otherNames: d.otherNames ?? [],
    kind: d.kind,
    summary: d.summary,
    url: url(paths.intervention(entry.id)),
    lastReviewed: d.lastReviewed,
    deliveryFormats: d.delivery?.formats ?? [],
    ageBands: d.ageBands ?? [],
    ratings: (d.ratings ?? []).map((r) => ({ scheme: r.scheme, schemeName: ratingSchemes[r.scheme].name, level: r.level, date: r.date, ...evidence(r) })),
    costRatings: (d.costRatings ?? []).map((r) => ({ scheme: r.scheme, value: r.value ?? null, reason: r.reason ?? null, date: r.date, ...evidence(r) })),
    reviews: [...links.reviews],
    effects: links.effects,
    effectsCsv: links.effects > 0 ? url(dataPaths.intervention(entry.id).csv) : null,
    effectsJson: links.effects > 0 ? url(dataPaths.intervention(entry.id).json) : null,
  };
}

/** The fields of /data/interventions.json in plain words, for the /data/ page. */
export const interventionFields: readonly { key: string; description: string }[] = [
  { key: 'id', description: 'The intervention\'s id; its page is /interventions/<id>/.' },
  { key: 'name, shortName, otherNames', description: 'What it is called, its abbreviation and other names in use.' },
  { key: 'kind', description: 'programme (a named programme), approach, or class (a group of interventions pooled by reviews).' },
  { key: 'summary', description: 'One or two sentences in our words.' },
  { key: 'url', description: 'The address of its page.' },
  { key: 'lastReviewed', description: 'The day an editor last checked the page\'s evidence against its sources.' },
  { key: 'deliveryFormats, ageBands', description: 'How it is delivered and the child age bands it is for, as the site files it.' },
  { key: 'ratings', description: 'Evidence ratings, each under its own scheme (scheme, schemeName, level, date) with its source, locator, evidenceKind and evidence, as in the effects files. Schemes are never merged.' },
  { key: 'costRatings', description: 'Relative cost ratings (1 low to 5 high; empty value where the source gives none), with the source\'s reason, date and evidence.' },
  { key: 'reviews', description: 'The ids of the reviews and trials about it.' },
  { key: 'effects, effectsCsv, effectsJson', description: 'How many effects its page lists, and where to download them.' },
];
