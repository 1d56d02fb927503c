import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultTrainingFile } from '../../db/reference/traffyTrainingSet.ts';
import { signatureSimilarity, textSignature, textSignatureHex, trigramsOf } from './textSignature.ts';
import { parseTraffyExport } from './traffy/parseTraffyExport.ts';

function exactSimilarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const trigram of a) if (b.has(trigram)) shared++;
  return shared / (a.size + b.size - shared);
}

describe('textSignature', () => {
  it('takes trigrams of whole words, keeping Thai vowel and tone marks inside them, in lower case', () => {
    expect([...trigramsOf('ไม่ OK')].sort()).toEqual(['  o', '  ไ', ' ok', ' ไม', 'ok ', 'ม่ ', 'ไม่'].sort());
    expect(trigramsOf('น้ำท่วม!!').size).toBe(trigramsOf('น้ำท่วม').size);
    expect(textSignatureHex('ถนนชำรุด')).toMatch(/^[0-9a-f]{512}$/);
  });

  it('estimates the trigram similarity of real complaints within 0.01 on average, and agrees on the 0.3 line', () => {
    const texts = parseTraffyExport(readFileSync(defaultTrainingFile))
      .rows.map((row) => row.comment)
      .filter((text) => text.trim().length >= 5);
    const sets = texts.map(trigramsOf);
    const signatures = texts.map(textSignature);
    let pairs = 0;
    let error = 0;
    let disagreements = 0;
    let similarPairs = 0;
    for (let i = 0; i < 300; i++) {
      for (let j = 400; j < 700; j++) {
        const exact = exactSimilarity(sets[i]!, sets[j]!);
        const estimate = signatureSimilarity(signatures[i]!, signatures[j]!)!;
        pairs++;
        error += Math.abs(exact - estimate);
        if (exact >= 0.3) similarPairs++;
        if (exact >= 0.3 !== estimate >= 0.3) disagreements++;
      }
    }
    expect(error / pairs).toBeLessThan(0.01);
    expect(similarPairs).toBeGreaterThan(0);
    expect(disagreements / pairs).toBeLessThan(0.001);
    // A text with itself, and a text with an unrelated one.
    expect(signatureSimilarity(signatures[0]!, signatures[0]!)).toBeCloseTo(1, 5);
    expect(signatureSimilarity(textSignature('ไฟฟ้าดับทั้งซอย'), textSignature('สุนัขจรจัดกัดคน'))).toBeLessThan(0.1);
    expect(signatureSimilarity(textSignature('!!!'), textSignature('...'))).toBeNull();
  });
});
