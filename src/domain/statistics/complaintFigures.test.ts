import { describe, expect, it } from 'vitest';
import { percentileDisc, toFigures, zeroSums } from './complaintFigures.ts';

describe('percentileDisc', () => {
  it('gives the first value whose cumulative share reaches p, like percentile_disc', () => {
    const histogram = [
      { days: 5, resolved: 1 },
      { days: 1, resolved: 2 },
      { days: 30, resolved: 1 },
    ];
    // Sorted: 1, 1, 5, 30: half of them is reached at 1; 90% needs the 30.
    expect(percentileDisc(histogram, 0.5)).toBe(1);
    expect(percentileDisc(histogram, 0.9)).toBe(30);
    expect(percentileDisc([], 0.5)).toBeNull();
  });
});

describe('toFigures', () => {
  it('leaves rates empty when nothing was counted, rather than dividing by zero', () => {
    const figures = toFigures(zeroSums, []);
    expect(figures.resolutionRate).toBeNull();
    expect(figures.averageRating).toBeNull();
    expect(figures.acknowledgedOnTimeRate).toBeNull();
  });

  it('counts what is not finished as in progress', () => {
    const figures = toFigures({ ...zeroSums, received: 10, resolved: 7, rated: 2, ratingSum: 9, satisfied: 2 }, []);
    expect(figures).toMatchObject({ inProgress: 3, resolutionRate: 0.7, averageRating: 4.5, satisfiedRate: 1 });
  });
});
