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
import { absoluteUrl, dataPaths } from './effects-data.ts';

function evidence(c: Citation) {
  return { source: c.source.id, locator: c.locator ?? null, evidenceKind: evidenceKind(c), evidence: evidenceText(c) };
}

export interface InterventionLinks {
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
