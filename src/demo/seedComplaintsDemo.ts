import { readFileSync } from 'node:fs';
import { transitionAssignment } from '../commands/assignments/transitionAssignment.ts';
import { createComplaint } from '../commands/complaints/createComplaint.ts';
import type { Database } from '../db/database.ts';
import { loadBangkokDistricts } from '../db/reference/districtBoundaries.ts';
import { ManualClock } from '../domain/clock.ts';
import { defaultTrainingFile } from '../db/reference/traffyTrainingSet.ts';
import { locateBangkokArea } from '../domain/complaints/traffy/locateBangkokArea.ts';
import { parseTraffyExport } from '../domain/complaints/traffy/parseTraffyExport.ts';
import type { Actor } from '../domain/roles.ts';
import { days, hours } from '../shared/thaiTime.ts';

/**
 * Demo complaints: the first three dozen real Bangkok complaints of the
 * shipped Traffy file (reference-data/PROVENANCE.md), filed over the last
 * week through the public intake (no personal data), each routed to its
 * district office; two more in Phra Nakhon for the demo district officer,
 * one acknowledged and one resolved, so tracking shows a history.
 */
export async function seedComplaintsDemo(db: Database, input: { now: Date; phraNakhon: Actor | undefined }): Promise<number> {
  const rows = parseTraffyExport(readFileSync(defaultTrainingFile))
    .rows.filter((row) => row.comment.trim().length >= 10)
    .slice(0, 36);
  const districts = await loadBangkokDistricts(db);
  const clock = new ManualClock(new Date(input.now.getTime() - days(7)));
  let created = 0;
  for (const row of rows) {
    const area = locateBangkokArea(row, districts);
    if (!area) continue;
    clock.advanceMs(hours(4));
    await createComplaint(
      { db, clock, actor: null },
      {
        channel: 'web',
        categoryCode: row.codes[0] ?? null,
        description: row.comment,
        areaCode: area.subdistrictCode ?? area.districtCode,
        location: row.location,
        complainant: null,
        skipDuplicateCheck: true,
      },
    );
    created++;
  }
  if (input.phraNakhon) {
    const officer = input.phraNakhon;
    const file = (description: string) =>
      createComplaint(
        { db, clock, actor: null },
        {
          channel: 'web',
          categoryCode: null,
          description,
          areaCode: '100101',
          location: null,
          complainant: null,
          skipDuplicateCheck: true,
        },
      );
    const lead = async (caseId: string) =>
      (await db.query<{ id: string }>('select id from assignments where case_id = $1', [caseId])).rows[0]!.id;
    const light = await file('ไฟส่องสว่างริมถนนหน้าพระลานดับหลายดวง กลางคืนมืดมาก');
    const drain = await file('ท่อระบายน้ำซอยข้างตลาดท่าเตียนอุดตัน น้ำขังส่งกลิ่นเหม็น');
    clock.advanceMs(hours(2));
    await transitionAssignment({ db, clock, actor: officer }, await lead(light.caseId), 'acknowledge', {});
    await transitionAssignment({ db, clock, actor: officer }, await lead(drain.caseId), 'acknowledge', {});
    clock.advanceMs(hours(20));
    await transitionAssignment({ db, clock, actor: officer }, await lead(drain.caseId), 'complete', { note: 'ลอกท่อแล้ว' });
    created += 2;
  }
  return created;
}
