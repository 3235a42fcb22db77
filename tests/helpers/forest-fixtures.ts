// Fixture panels for the forest-plot tests, built from tests/fixtures/forest/ (never from content/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { effectSchema, type Effect } from '../../src/schemas/effect.ts';
import { reviewSchema, type Review } from '../../src/schemas/review.ts';
import { axisFamily, effectPanels, rowFromEffect, studyPanel, panelAxisTitle, type ForestPanel } from '../../src/lib/forest/index.ts';
import type { EffectRecord, Site } from '../../src/lib/model.ts';

export const fixtureDir = join(import.meta.dirname, '..', 'fixtures', 'forest');
export const bcgFile = 'tests/fixtures/forest/bcg-review.yaml';

export function loadBcgReview(): Review {
  return reviewSchema.parse(parse(readFileSync(join(fixtureDir, 'bcg-review.yaml'), 'utf8')));
}

const effects = parse(readFileSync(join(fixtureDir, 'effects.yaml'), 'utf8')) as Record<string, unknown[]>;
export function fixtureEffects(group: 'yaholkoski' | 'wright'): Effect[] {
  return effects[group]!.map((e) => effectSchema.parse(e));
}

const outcomeNames: Record<string, string> = {
  'attachment-security': 'Attachment security',
  'quality-of-caregiving': 'Quality of caregiving',
  'caregiver-depression': 'Caregiver depression',
  'caregiver-self-efficacy': 'Caregiver self-efficacy',
  'disorganised-attachment': 'Disorganised attachment',
};

/** A review-page panel built by hand: one row per effect, labelled by outcome (every row on one axis, so Yaholkoski's only). */
export function effectsPanel(group: 'yaholkoski', family = axisFamily('g')): ForestPanel {
  const rows = fixtureEffects(group).map((e) =>
    rowFromEffect(e, { key: e.id, label: outcomeNames[e.outcome.id] ?? e.outcome.id, ...(e.timepoint ? { sublabel: e.timepoint } : {}), href: `/reviews/${group}/#effect-${e.id}` }),
  );
  const panel: ForestPanel = { key: `${group}-panel`, family, title: '', rowHeading: 'Outcome', rows, reviewCount: 1 };
  return { ...panel, title: `Forest plot of effects reported by ${group}: ${panelAxisTitle(panel)}` };
}

export function bcgPanel(): ForestPanel {
  const review = loadBcgReview();
  return studyPanel(review, review.studyRows![0]!, { key: 'studies-1', title: 'Forest plot of the BCG trials (fixture)' });
}

/** Just enough of the site model for effectPanels to label rows: names of the fixtures' outcomes and interventions. */
const stubSite = {
  outcome: (id: string) => ({ data: { name: outcomeNames[id] ?? id } }),
  intervention: (id: string) => ({ data: { name: id.toUpperCase() } }),
} as unknown as Site;

/** Fixture effects as records of one made-up review, optionally with other effects (same review) added. */
export function fixtureRecords(effects: readonly Effect[], reviewId = 'fixture-review'): EffectRecord[] {
  const review = { id: reviewId, file: `tests/fixtures/forest/${reviewId}`, data: { title: `Fixture review ${reviewId}` } } as unknown as EffectRecord['review'];
  return effects.map((effect) => ({ review, effect, anchor: `effect-${effect.id}` }));
}

/** The panels the site itself would make from fixture effects, on a page of the given kind. */
export function pagePanels(effects: readonly Effect[], context: 'review' | 'intervention' | 'outcome' = 'review'): ForestPanel[] {
  return effectPanels(fixtureRecords(effects), stubSite, context, { base: '', subject: 'effects in the fixture' });
}

/** An effect for tests, valid by the schema: a number (with betterWhen) or a finding in words. */
export function fixtureEffect(fields: Record<string, unknown>): Effect {
  return effectSchema.parse({ interventions: ['fixture-intervention'], outcome: 'attachment-security', finding: 'f', source: 's', quote: 'q q q', ...fields });
}
