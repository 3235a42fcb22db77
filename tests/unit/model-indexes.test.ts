// The site model answers each page's query from indexes built once. Each indexed query must
// return exactly what the whole-corpus filter it replaced returned (same entries, same order),
// on the real content and on a synthetic corpus cloned from it (many reviews, many interventions,
// reviews of reviews pointing at clones).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, type Site } from '../../src/lib/model.ts';
import { loadContent, toRawSite, projectRoot } from '../../scripts/lib/load-content.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';

/** The filters pages and the model used before the indexes, kept here as the reference. */
function reference(site: Site) {
  const newestFirst = (a: Site['reviews'][number], b: Site['reviews'][number]) =>
    (site.reviewYear(b) ?? 0) - (site.reviewYear(a) ?? 0) || a.data.title.localeCompare(b.data.title);
  // The model's raw order: reviews as read (site.effects keeps it).
  const rawReviews = [...new Map(site.effects.map((e) => [e.review.id, e.review])).values()];
  const allRaw = [...rawReviews, ...site.reviews.filter((r) => !rawReviews.includes(r))];
  return {
    reviewsForIntervention: (id: string) => allRaw.filter((r) => r.data.interventions.some((i) => i.id === id)).sort(newestFirst),
    effectsForIntervention: (id: string) => site.effects.filter((e) => e.effect.interventions.some((i) => i.id === id)),
    effectsForOutcome: (id: string) => site.effects.filter((e) => e.effect.outcome.id === id),
    effectsForReview: (id: string) => site.effects.filter((e) => e.review.id === id),
    reviewsForOutcome: (id: string) => allRaw.filter((r) => r.data.effects.some((e) => e.outcome.id === id)).sort(newestFirst),
    reportedIn: (id: string) => {
      const d = site.review(id).data;
      const reportedBy = site.reviews.filter((r) => r.data.design.type === 'review-of-reviews' && r.data.design.includes?.some((i) => i.id === id));
      return [...new Map([...(d.reportedIn ?? []).map((r) => site.review(r.id)), ...reportedBy].map((r) => [r.id, r])).values()];
    },
    interventionsRelatingTo: (id: string) => site.interventions.filter((o) => o.data.related?.some((r) => r.id === id)),
  };
}

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
const effectKeys = (list: Site['effects']) => list.map((e) => `${e.review.id}#${e.effect.id}`);

function expectSameAnswers(site: Site) {
  const old = reference(site);
  let nonEmpty = 0;
  for (const i of site.interventions) {
    expect(ids(site.reviewsForIntervention(i.id)), i.id).toEqual(ids(old.reviewsForIntervention(i.id)));
    expect(effectKeys(site.effectsForIntervention(i.id)), i.id).toEqual(effectKeys(old.effectsForIntervention(i.id)));
    expect(site.effectCount('intervention', i.id)).toBe(old.effectsForIntervention(i.id).length);
    expect(ids(site.interventionsRelatingTo(i.id)), i.id).toEqual(ids(old.interventionsRelatingTo(i.id)));
    if (site.effectsForIntervention(i.id).length > 0) nonEmpty++;
  }
  for (const o of site.outcomes) {
    expect(effectKeys(site.effectsForOutcome(o.id)), o.id).toEqual(effectKeys(old.effectsForOutcome(o.id)));
    expect(ids(site.reviewsForOutcome(o.id)), o.id).toEqual(ids(old.reviewsForOutcome(o.id)));
    expect(site.effectCount('outcome', o.id)).toBe(old.effectsForOutcome(o.id).length);
  }
  for (const r of site.reviews) {
    expect(effectKeys(site.effectsForReview(r.id)), r.id).toEqual(effectKeys(old.effectsForReview(r.id)));
    expect(site.effectCount('review', r.id)).toBe(r.data.effects.length);
    expect(ids(site.reportedIn(r.id)), r.id).toEqual(ids(old.reportedIn(r.id)));
  }
  // An unknown id has no effects (as the filter gave), not an error.
  expect(site.effectsForIntervention('no-such-intervention')).toEqual([]);
  expect(site.reviewsForOutcome('no-such-outcome')).toEqual([]);
  return nonEmpty;
}

describe('the site model’s indexes', () => {
  it('answer as the whole-corpus filters did, on the real content', () => {
    const site = buildSite(toRawSite(loadContent().entries));
    expect(expectSameAnswers(site)).toBeGreaterThan(10);
    // The real content has reviews reported in reviews of reviews: the case is exercised.
    expect(site.reviews.some((r) => site.reportedIn(r.id).length > 0)).toBe(true);
  });

  describe('on a synthetic corpus', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'ae-index-'));
      // Many interventions (one per 5 reviews) so clones split reviews between them.
      generateCorpus(join(projectRoot, 'content'), join(dir, 'content'), { reviews: 60, reviewsPerIntervention: 5 });
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('answer as the whole-corpus filters did', () => {
      const { entries, problems } = loadContent(dir);
      expect(problems).toEqual([]);
      const site = buildSite(toRawSite(entries));
      expect(site.reviews).toHaveLength(60);
      expect(expectSameAnswers(site)).toBeGreaterThan(20);
      // Reviews of reviews among the clones include clones of the same batch.
      expect(site.reviews.some((r) => /-b\d+$/.test(r.id) && site.reportedIn(r.id).some((x) => /-b\d+$/.test(x.id)))).toBe(true);
    });

    it('return fresh lists, so a page that sorts one cannot change what the next page gets', () => {
      const { entries } = loadContent(dir);
      const site = buildSite(toRawSite(entries));
      const id = site.outcomes[0]!.id;
      const before = effectKeys(site.effectsForOutcome(id));
      site.effectsForOutcome(id).reverse();
      expect(effectKeys(site.effectsForOutcome(id))).toEqual(before);
    });
  });
});
