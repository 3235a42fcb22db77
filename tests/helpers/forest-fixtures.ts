// Fixture panels for the forest-plot tests, built from tests/fixtures/forest/ (never from content/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { effectSchema, type Effect } from '../../src/schemas/effect.ts';
import { reviewSchema, type Review } from '../../src/schemas/review.ts';
import { axisFamily, rowFromEffect, studyPanel, panelAxisTitle, type ForestPanel } from '../../src/lib/forest/index.ts';

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

/** A review-page panel: one row per effect, labelled by outcome. */
export function effectsPanel(group: 'yaholkoski' | 'wright', family = group === 'wright' ? axisFamily('OR') : axisFamily('g')): ForestPanel {
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
