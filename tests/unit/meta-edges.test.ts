// The engine at its edges: the REML fallback to τ² = 0, and the boundaries the reference cases do not reach.
import { describe, expect, it } from 'vitest';
import { remlLogLikelihood, tau2Reml } from '../../src/lib/meta/index.ts';

describe('REML', () => {
  it('returns τ² = 0 when Fisher scoring stops where the likelihood is lower than at 0', () => {
    // Found by search: scoring from the Hedges start converges to τ² ≈ 0.307, a stationary point below the likelihood at 0.
    const effects = [
      { yi: -1.48, vi: 0.083 },
      { yi: 0.24, vi: 0.4426 },
      { yi: -1.26, vi: 0.001 },
      { yi: -1.89, vi: 0.8572 },
      { yi: 1.07, vi: 2.0223 },
    ];
    const atZero = remlLogLikelihood(effects, 0);
    expect(atZero).toBeGreaterThan(remlLogLikelihood(effects, 0.307) + 2 ** -13);
    const best = Math.max(...Array.from({ length: 500 }, (_, i) => remlLogLikelihood(effects, (i + 1) / 100)));
    expect(atZero, 'τ² = 0 is where the restricted likelihood is highest').toBeGreaterThan(best);
    expect(tau2Reml(effects).tau2).toBe(0);
  });
});
