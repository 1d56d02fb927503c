import { describe, expect, it } from 'vitest';
import { defaultCategories } from '../categoryLabels.ts';
import { evaluateClassifier } from './evaluateClassifier.ts';
// The shipped data and the process's classifier live outside the domain (no I/O, no state here).
import { suggestCategory } from '../../../commands/complaints/activeClassifier.ts';
import { defaultTrainingExamples } from '../../../db/reference/traffyTrainingSet.ts';
import { rankCategories, trainClassifier } from './naiveBayes.ts';

describe('the complaint classifier', () => {
  it('meets the accuracy targets on a held-out split by time (top-1 ≥ 0.70, top-3 ≥ 0.90)', () => {
    const result = evaluateClassifier(defaultTrainingExamples());
    expect(result.examples).toBe(2799);
    expect(result.unlabelled).toBe(259);
    expect(result.trained + result.tested).toBe(2540);
    expect(result.top1).toBeGreaterThanOrEqual(0.7);
    expect(result.top3).toBeGreaterThanOrEqual(0.9);
  });

  it('suggests codes of the taxonomy, ranked, with scores summing to 1', () => {
    const ranked = suggestCategory('ไฟฟ้าส่องสว่างดับทั้งซอย มืดมาก อันตราย');
    const codes = new Set(defaultCategories.map((c) => c.code));
    expect(ranked.every((r) => codes.has(r.code))).toBe(true);
    expect(ranked[0]?.code).toBe('street_lights');
    expect(ranked.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 6);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.score).toBeLessThanOrEqual(ranked[i - 1]!.score);
  });

  it('learns from what it is trained on, and a model survives JSON', () => {
    const model = trainClassifier([
      { text: 'สุนัขจรจัดกัดคน', codes: ['stray_animals'] },
      { text: 'ฝาท่อระบายน้ำแตก', codes: ['drains'] },
      { text: 'ท่อระบายน้ำอุดตัน น้ำท่วมขัง', codes: ['drains', 'flooding'] },
    ]);
    const copy = JSON.parse(JSON.stringify(model)) as typeof model;
    expect(rankCategories(copy, 'สุนัขจรจัดเห่า')[0]?.code).toBe('stray_animals');
    expect(rankCategories(copy, 'ท่อระบายน้ำ')[0]?.code).toBe('drains');
    expect(copy.examples).toBe(3);
  });
});
