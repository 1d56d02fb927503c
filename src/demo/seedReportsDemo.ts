import { defineIndicator } from '../commands/reports/defineIndicator.ts';
import { fileProgressReport } from '../commands/reports/fileProgressReport.ts';
import { importMeasurements } from '../commands/reports/importMeasurements.ts';
import type { Database } from '../db/database.ts';
import { ManualClock } from '../domain/clock.ts';
import { periodOf } from '../domain/reports/reportingCycle.ts';
import type { Actor } from '../domain/roles.ts';
import { days, hours } from '../shared/thaiTime.ts';

/** `YYYY-MM` `months` months from the period of `instant`. */
function periodFrom(instant: Date, months: number): string {
  const [year, month] = periodOf(instant).split('-').map(Number) as [number, number];
  const at = year * 12 + (month - 1) + months;
  return `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}`;
}

/**
 * Demo reporting on the single-mother clinic directive: an outcome indicator
 * with a year's trajectory, three months of every office's figures from one
 * imported file, and monthly reports from a few offices — Chiang Mai's asking
 * the centre for help — so the overview, the policy page and the stocktake
 * pack have something true-looking to show.
 */
export async function seedReportsDemo(db: Database, input: { caseId: string; now: Date; pmdu: Actor; ministry: Actor }): Promise<void> {
  const clock = new ManualClock(new Date(input.now.getTime() - days(3)));
  const indicator = await defineIndicator({ db, clock, actor: input.pmdu }, input.caseId, {
    nameTh: 'จำนวนแม่เลี้ยงเดี่ยวที่ได้รับความช่วยเหลือจากคลินิก',
    nameEn: 'Single mothers helped by the clinics',
    unitOfMeasure: 'คน',
    direction: 'up',
    kind: 'goal',
    baseline: 0,
    target: 20_000,
    targetDate: null,
    aggregation: 'sum',
    trajectory: [
      { period: periodFrom(clock.now(), -3), value: 0 },
      { period: periodFrom(clock.now(), 9), value: 20_000 },
    ],
  });
  const offices = await db.query<{ code: string; status: string }>(
    `select u.code, a.status from assignments a join units u on u.id = a.unit_id
      where a.case_id = $1 and u.kind = 'provincial_office' order by u.code`,
    [input.caseId],
  );
  const rows = offices.rows
    .filter((office) => office.status !== 'sent')
    .flatMap((office, i) =>
      [-2, -1, 0].map(
        (back, month) => `${office.code},${indicator.id},${periodFrom(clock.now(), back)},${(month + 1) * (10 + ((i * 7) % 40))}`,
      ),
    );
  await importMeasurements({ db, clock, actor: input.ministry }, input.caseId, {
    filename: 'พมจ-รายเดือน.csv',
    data: Buffer.from(['unit_code,indicator_id,period,value', ...rows].join('\n')),
  });

  const reports = [
    {
      code: 'MSDHS-P-50',
      rag: 'red',
      confidence: 'amber_red',
      helpNeeded: true,
      blockers: 'พื้นที่สูงขาดน้ำประปาและรถรับส่ง แม่เลี้ยงเดี่ยวเดินทางมาคลินิกไม่ได้ ดำเนินการล่าช้า',
      centreHelp: 'ขอให้ส่วนกลางประสานการประปาส่วนภูมิภาคและจัดสรรงบรถรับส่ง',
    },
    { code: 'MSDHS-P-52', rag: 'amber', confidence: 'amber', helpNeeded: false, blockers: 'เจ้าหน้าที่สังคมสงเคราะห์ไม่พอ', centreHelp: '' },
    { code: 'MSDHS-P-10', rag: 'green', confidence: 'amber_green', helpNeeded: false, blockers: '', centreHelp: '' },
  ] as const;
  for (const report of reports) {
    const found = await db.query<{ assignment_id: string; user_id: string; unit_id: string; path: string }>(
      `select a.id as assignment_id, usr.id as user_id, u.id as unit_id, u.path from assignments a
         join units u on u.id = a.unit_id join users usr on usr.unit_id = u.id
        where a.case_id = $1 and u.code = $2 and a.status <> 'sent' limit 1`,
      [input.caseId, report.code],
    );
    const row = found.rows[0];
    if (!row) continue;
    clock.advanceMs(hours(1));
    const actor: Actor = { userId: row.user_id, role: 'officer', unitId: row.unit_id, unitPath: row.path };
    await fileProgressReport({ db, clock, actor }, row.assignment_id, {
      period: null,
      aim: 'ให้แม่เลี้ยงเดี่ยวทุกคนในจังหวัดเข้าถึงคลินิกและได้รับความช่วยเหลือ',
      approach: 'เปิดคลินิกในโรงพยาบาลชุมชน ลงพื้นที่ร่วมกับ อสม. และส่งต่อสวัสดิการ',
      workingEvidence: 'จำนวนผู้มารับบริการเพิ่มขึ้นทุกเดือนตามตัวชี้วัด',
      changes: 'ขยายเวลาเปิดคลินิกในวันหยุด',
      centreHelp: report.centreHelp,
      rag: report.rag,
      confidence: report.confidence,
      blockers: report.blockers,
      helpNeeded: report.helpNeeded,
      attachmentIds: [],
    });
  }
}
