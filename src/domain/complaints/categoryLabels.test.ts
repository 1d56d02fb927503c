import { describe, expect, it } from 'vitest';
import { categoryCodeForTraffyLabel, defaultCategories, parseTraffyTypes } from './categoryLabels.ts';

describe('default complaint categories', () => {
  it('have unique codes and Traffy labels', () => {
    expect(new Set(defaultCategories.map((c) => c.code)).size).toBe(defaultCategories.length);
    expect(new Set(defaultCategories.map((c) => c.traffyLabel)).size).toBe(defaultCategories.length);
  });

  it("reads Traffy's multi-label type column", () => {
    expect(parseTraffyTypes('{ถนน,ทางเท้า}')).toEqual(['ถนน', 'ทางเท้า']);
    expect(parseTraffyTypes('{}')).toEqual([]);
    expect(parseTraffyTypes('')).toEqual([]);
    expect(parseTraffyTypes('{PM2.5}').map(categoryCodeForTraffyLabel)).toEqual(['pm25']);
    expect(categoryCodeForTraffyLabel('ไม่มีหมวดนี้')).toBeUndefined();
  });
});
