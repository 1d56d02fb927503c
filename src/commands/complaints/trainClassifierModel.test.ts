import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { insertTrainingExample } from '../../db/queries/classifierExampleQueries.ts';
import { currentClassifierModelRow, insertClassifierModel, latestClassifierModel } from '../../db/queries/classifierModelQueries.ts';
import { defaultTrainingExamples } from '../../db/reference/traffyTrainingSet.ts';
import { ManualClock } from '../../domain/clock.ts';
import { rankCategories, trainClassifier, type ClassifierModel } from '../../domain/complaints/classifier/index.ts';
import type { TimedExample } from '../../domain/complaints/classifier/evaluateClassifier.ts';
import { retrainClassifierJob } from '../../jobs/retrainClassifierJob.ts';
import { hours } from '../../shared/thaiTime.ts';
import { unitByCode } from '../../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { suggestCategory } from './activeClassifier.ts';
import { loadClassifierModel } from './loadClassifierModel.ts';
import { trainClassifierModel } from './trainClassifierModel.ts';

// The rule, not the accuracy, is the point: a quarter of the shipped complaints keeps each training well under a second.
const shipped = defaultTrainingExamples().filter((_, i) => i % 8 === 0);
// A word no shipped complaint has, that staff keep filing under street lights.
const WORD = 'ซีวิทพลาซ่า';

const clearCases: [string, string][] = [
  ['ถนนเป็นหลุมบ่อขนาดใหญ่ รถจักรยานยนต์ตกหลุม', 'roads'],
  ['ไฟฟ้าส่องสว่างในซอยดับทั้งซอย มืดมาก', 'street_lights'],
  ['น้ำท่วมขังถนนหลังฝนตก ระบายไม่ทัน', 'flooding'],
  ['ทางเท้าชำรุด กระเบื้องแตก เดินลำบาก', 'footpaths'],
  ['เสียงดังจากร้านอาหารกลางคืน รบกวนการนอน', 'noise'],
  ['ขยะล้นถังไม่มีคนมาเก็บ ส่งกลิ่นเหม็น', 'cleanliness'],
  ['ท่อระบายน้ำอุดตัน น้ำเน่าเสีย', 'drains'],
  ['กิ่งไม้ใหญ่หักพาดถนน ขอให้ตัดต้นไม้', 'trees'],
  ['สุนัขจรจัดไล่กัดคนเดินผ่าน', 'stray_animals'],
  ['รถจอดกีดขวางทางเข้าออกซอย', 'obstruction'],
];

describe.each(testEngines())('learning from corrections: tidtam train (%s)', (engine) => {
  let db: Database;
  let ownerUnitId: string;
  const clock = new ManualClock('2026-03-02T02:00:00Z');
  beforeAll(async () => {
    db = await openTestDatabase(engine);
    ownerUnitId = (await unitByCode(db, 'DO-1007')).id;
  });
  afterAll(() => db.close());

  let n = 0;
  /** A complaint staff labelled `code` at `at`. */
  async function staffExample(text: string, code: string, at: Date) {
    const kase = await db.query<{ id: string }>(
      `insert into cases (ref, kind, title, body, status, category, owner_unit_id, created_at, updated_at)
       values ($1, 'complaint', $2, $2, 'open', $3, $4, $5, $5) returning id`,
      [`LEARN-${engine}-${n++}`, text, code, ownerUnitId, at],
    );
    await insertTrainingExample(db, {
      caseId: kase.rows[0]!.id,
      text,
      categoryCode: code,
      suggestedCode: null,
      source: 'intake',
      recordedBy: null,
      at,
    });
  }

  async function storeCurrent(model: ClassifierModel, knewUntil: Date): Promise<number> {
    return insertClassifierModel(db, {
      model,
      trainedAt: knewUntil,
      examples: model.examples,
      top1: null,
      top3: null,
      installed: true,
      trainedThrough: knewUntil,
      shipped: 0,
      staff: 0,
      closed: 0,
      heldOut: 0,
      perCategory: null,
      baselineTop1: null,
      baselineTop3: null,
      outcome: 'installed',
    });
  }

  it('keeps a current model that scores better on the latest days it has not seen, and says so', async () => {
    const knewUntil = clock.now();
    // The current model learnt the word from earlier complaints; the candidate never sees it before the held-out days.
    const taught: TimedExample[] = [0, 1, 2].map((i) => ({ text: `${WORD}ดับ ซอย ${i}`, codes: ['street_lights'], at: knewUntil }));
    const currentId = await storeCurrent(trainClassifier([...shipped, ...taught], { now: knewUntil }), knewUntil);
    for (let i = 0; i < clearCases.length - 1; i++)
      await staffExample(clearCases[i]![0], clearCases[i]![1], new Date(knewUntil.getTime() + hours(i + 1)));
    for (let i = 0; i < 3; i++)
      await staffExample(`${WORD} หน้าบ้านเลขที่ ${i}`, 'street_lights', new Date(knewUntil.getTime() + hours(20 + i)));
    clock.advanceDays(1);

    const result = await trainClassifierModel({ db, clock, shipped });
    expect(result).toMatchObject({ outcome: 'kept', installed: false, staff: 12, tested: 3 });
    expect(result.currentTop1!).toBeGreaterThan(result.top1!);
    expect((await currentClassifierModelRow(db))?.id).toBe(currentId);
    const attempt = await db.query<{ installed: boolean; model: unknown; held_out: number; baseline_top1: number }>(
      'select installed, model, held_out, baseline_top1 from classifier_models where id = $1',
      [result.modelId],
    );
    expect(attempt.rows[0]).toMatchObject({ installed: false, model: null, held_out: 3, baseline_top1: result.currentTop1 });
  });

  it('replaces a worse current model on the nightly retrain at 02:00 Bangkok, and a restarted process uses it', async () => {
    // A model trained on a handful of complaints, all of one category.
    const knewUntil = clock.now();
    const handful: TimedExample[] = [0, 1, 2, 3, 4].map((i) => ({ text: `สายไฟห้อยต่ำ ${i}`, codes: ['power_lines'], at: knewUntil }));
    await storeCurrent(trainClassifier(handful, { now: knewUntil }), knewUntil);
    for (let i = 0; i < clearCases.length; i++)
      await staffExample(clearCases[i]![0], clearCases[i]![1], new Date(knewUntil.getTime() + hours(i + 1)));

    clock.set('2026-03-03T18:30:00Z'); // 01:30 in Bangkok: the last attempt was after yesterday's 02:00
    expect(await retrainClassifierJob({ db, clock, shipped, schedule: { hour: 2, minute: 0 } })).toEqual({ skipped: 'not yet' });
    expect(await retrainClassifierJob({ db, clock, shipped, schedule: null })).toEqual({ skipped: 'off' });
    clock.set('2026-03-03T19:10:00Z'); // 02:10 in Bangkok
    const result = await retrainClassifierJob({ db, clock, shipped, schedule: { hour: 2, minute: 0 } });
    expect(result).toMatchObject({ outcome: 'installed', installed: true, tested: 2 });
    if (!('modelId' in result)) throw new Error('the retrain did not run');
    expect(result.top1!).toBeGreaterThan(result.currentTop1!);

    const current = await currentClassifierModelRow(db);
    expect(current).toMatchObject({ id: result.modelId, installed: true, staff_examples: 22, held_out: 2 });
    expect(current!.per_category!.length).toBeGreaterThan(0);
    // Refitted on every example, the held-out days too: it learnt the word staff kept filing under street lights.
    const stored = await latestClassifierModel(db);
    expect(stored!.id).toBe(result.modelId);
    expect(rankCategories(stored!.model, `${WORD} หน้าบ้าน`)[0]?.code).toBe('street_lights');
    expect(suggestCategory(`${WORD} หน้าบ้าน`)[0]?.code).toBe('street_lights');
    expect(await loadClassifierModel(db)).toBe(true);
    // Once tonight: nothing new since, and the attempt is after 02:00.
    clock.set('2026-03-03T19:40:00Z');
    expect(await retrainClassifierJob({ db, clock, shipped, schedule: { hour: 2, minute: 0 } })).toEqual({
      skipped: 'no new staff examples',
    });
  });
});
