import { describe, expect, it } from 'vitest';
import { clusterRule, judgeCluster, poissonTailAtLeast } from './complaintClusterRule.ts';

describe('poissonTailAtLeast', () => {
  it('matches the closed forms: P(X ≥ 0) = 1, P(X ≥ 1) = 1 − e^−λ', () => {
    expect(poissonTailAtLeast(0, 3)).toBe(1);
    expect(poissonTailAtLeast(1, 3)).toBeCloseTo(1 - Math.exp(-3), 12);
  });

  it('agrees with a textbook value: P(X ≥ 10 | λ = 3) ≈ 0.001102', () => {
    expect(poissonTailAtLeast(10, 3)).toBeCloseTo(0.0011025, 6);
  });

  it('keeps tiny tails positive and ordered instead of rounding them to 0', () => {
    const a = poissonTailAtLeast(42, 8);
    const b = poissonTailAtLeast(60, 8);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(a);
  });
});

describe('judgeCluster', () => {
  it('flags 42 against a mean of 8 a month (the example on the page)', () => {
    const judged = judgeCluster(42, [8, 7, 9, 8, 8, 8]);
    expect(judged.baselineMean).toBe(8);
    expect(judged.ratio).toBeCloseTo(5.25);
    expect(judged.flagged).toBe(true);
  });

  it('does not flag an ordinary month of a busy district', () => {
    expect(judgeCluster(55, [50, 48, 52, 47, 51, 49]).flagged).toBe(false);
  });

  it('does not flag fewer than the minimum, however unlikely', () => {
    const judged = judgeCluster(clusterRule.minimumCount - 1, [0, 0, 0, 0, 0, 0]);
    expect(judged.probability).toBeLessThan(clusterRule.maxProbability);
    expect(judged.flagged).toBe(false);
  });

  it('flags a new problem in a quiet district, measured against the 0.5 floor', () => {
    const judged = judgeCluster(12, [0, 0, 0, 0, 0, 0]);
    expect(judged.ratio).toBeNull();
    expect(judged.flagged).toBe(true);
  });

  it('sits on the boundary where the rule says: 10 against a mean of 3 is just above one in a thousand', () => {
    expect(judgeCluster(10, [3, 3, 3, 3, 3, 3]).flagged).toBe(false);
    expect(judgeCluster(11, [3, 3, 3, 3, 3, 3]).flagged).toBe(true);
  });

  it('counts missing months as zero and looks only at the last six', () => {
    expect(judgeCluster(10, [6, 6, 6]).baselineMean).toBe(3);
    expect(judgeCluster(10, [100, 0, 0, 0, 0, 0, 0]).baselineMean).toBe(0);
  });
});
