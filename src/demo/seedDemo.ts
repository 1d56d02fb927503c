import { createUser } from '../commands/accounts/createUser.ts';
import { cascadeAssignment } from '../commands/assignments/cascadeAssignment.ts';
import { reportProgress } from '../commands/assignments/reportProgress.ts';
import { transitionAssignment } from '../commands/assignments/transitionAssignment.ts';
import { createCase } from '../commands/cases/createCase.ts';
import type { Database } from '../db/database.ts';
import { findUserWithHash, insertUser } from '../db/queries/userQueries.ts';
import { hashPassword } from '../commands/accounts/passwords.ts';
import { ManualClock, type Clock } from '../domain/clock.ts';
import type { Actor } from '../domain/roles.ts';
import { days, endOfThaiDay, hours, thaiDay } from '../shared/thaiTime.ts';
import { DEMO_PASSWORD, demoAccounts } from './demoAccounts.ts';
import { seedComplaintHistoryDemo } from './seedComplaintHistoryDemo.ts';
import { seedComplaintsDemo } from './seedComplaintsDemo.ts';
import { seedDeliveryDemo } from './seedDeliveryDemo.ts';
import { seedInfoRequestsDemo } from './seedInfoRequestsDemo.ts';
import { seedOpenDataDemo } from './seedOpenDataDemo.ts';
import { seedReportsDemo } from './seedReportsDemo.ts';

export interface SeedProgress {
  start(total: number, label: string): void;
  increment(by?: number): void;
  stop(): void;
}

/** Enough for every province to have figures and the league table to rank most of them (30 or more each). */
const DEMO_HISTORY_COMPLAINTS = 4_000;

async function actorFor(db: Database, username: string): Promise<Actor> {
  const user = await findUserWithHash(db, username);
  if (!user) throw new Error(`demo user ${username} missing`);
  return { userId: user.id, role: user.role, unitId: user.unit_id, unitPath: user.unit_path };
}

/**
 * A small, believable picture to look at on first start: the demo accounts,
 * a Prime Minister's directive on single-mother clinics sent to Social
 * Development and cascaded to every provincial office, most of which have
 * acknowledged, and a flood-preparation directive to the northern provinces
 * that Chiang Mai passed to two districts; requests for official information to
 * Chiang Mai provincial hall and a ministry, one published and one under appeal
 * at the Commission's office. Runs only on an empty database.
 */
export async function seedDemo(db: Database, options: { clock: Clock; progress?: SeedProgress }): Promise<{ seeded: boolean }> {
  const existing = await db.query<{ n: number }>('select count(*)::int as n from users');
  if (existing.rows[0]!.n > 0) return { seeded: false };
  const progress = options.progress;
  progress?.start(demoAccounts.length + 7, 'Demo data');
  for (const account of demoAccounts) {
    await createUser(
      { db, clock: options.clock },
      {
        username: account.username,
        displayName: account.displayName,
        email: null,
        password: DEMO_PASSWORD,
        role: account.role,
        unit: { code: account.unitCode },
        locale: 'th',
      },
    );
    progress?.increment();
  }

  const now = options.clock.now();
  const clock = new ManualClock(new Date(now.getTime() - days(21)));
  const [pmdu, msdhs, chiangmai, maechan] = await Promise.all(
    ['pmdu', 'msdhs', 'chiangmai', 'maechan'].map((username) => actorFor(db, username)),
  );
  const dueIn = (inDays: number) => endOfThaiDay(thaiDay(new Date(clock.now().getTime() + days(inDays))));

  const clinic = await createCase(
    { db, clock, actor: pmdu! },
    {
      kind: 'directive',
      title: 'ขยายคลินิกแม่เลี้ยงเดี่ยวให้ครอบคลุมทุกจังหวัด',
      body:
        'นายกรัฐมนตรีมีข้อสั่งการให้กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ดำเนินการให้คลินิกแม่เลี้ยงเดี่ยวเปิดให้บริการในทุกจังหวัด ' +
        'และรายงานจำนวนแม่เลี้ยงเดี่ยวที่ได้รับความช่วยเหลือเป็นรายเดือน โดยให้ทุกจังหวัดรับทราบและดำเนินการ',
      priority: 'high',
      category: null,
      areaCode: null,
      dueAt: dueIn(60),
      details: {
        source: {
          type: 'cabinet',
          title: 'การประชุมคณะรัฐมนตรี',
          date: thaiDay(clock.now()),
          reference: 'นร 0505/ว 123',
          authority: 'นายกรัฐมนตรี',
        },
      },
      assignments: [{ targets: { unitCodes: ['MSDHS'] }, role: 'lead', dueAt: dueIn(30), note: null }],
    },
  );
  progress?.increment();
  clock.advanceDays(1);
  const ministryAssignment = await db.query<{ id: string }>(
    `select a.id from assignments a join units u on u.id = a.unit_id where a.case_id = $1 and u.code = 'MSDHS'`,
    [clinic.id],
  );
  const ministryAssignmentId = ministryAssignment.rows[0]!.id;
  await transitionAssignment({ db, clock, actor: msdhs! }, ministryAssignmentId, 'acknowledge', {});
  const cascade = await cascadeAssignment({ db, clock, actor: msdhs! }, ministryAssignmentId, {
    targets: { kind: 'provincial_office' },
    role: 'lead',
    dueAt: dueIn(21),
    note: 'ให้ พมจ. ทุกจังหวัดรับทราบภายใน 7 วัน และเปิดคลินิกภายใน 3 สัปดาห์',
  });
  progress?.increment();
  // Each provincial office gets one demo officer (sharing one password hash, to seed fast); most acknowledge.
  const officerHash = await hashPassword(DEMO_PASSWORD);
  const silent = new Set(['MSDHS-P-58', 'MSDHS-P-63', 'MSDHS-P-94', 'MSDHS-P-95', 'MSDHS-P-96']);
  for (const [index, { assignmentId, unit }] of cascade.created.entries()) {
    const province = unit.area_code ?? unit.code;
    const userId = await insertUser(db, {
      username: `pmj${province}`,
      displayName: `เจ้าหน้าที่ ${unit.abbr_th ?? ''}${unit.name_th.replace(/^.*จังหวัด/, '')}`,
      email: null,
      passwordHash: officerHash,
      role: 'officer',
      unitId: unit.id,
      locale: 'th',
      now: clock.now(),
    });
    if (silent.has(unit.code)) continue;
    clock.advanceMs(hours((index % 9) + 1));
    const officeActor: Actor = { userId, role: 'officer', unitId: unit.id, unitPath: unit.path };
    await transitionAssignment({ db, clock, actor: officeActor }, assignmentId, 'acknowledge', {});
  }
  progress?.increment();
  await seedReportsDemo(db, { caseId: clinic.id, now, pmdu: pmdu!, ministry: msdhs! });
  await seedDeliveryDemo(db, { clock, pmdu: pmdu!, clinicCaseId: clinic.id });

  clock.set(new Date(now.getTime() - days(10)));
  const flood = await createCase(
    { db, clock, actor: pmdu! },
    {
      kind: 'directive',
      title: 'เตรียมความพร้อมรับมือน้ำท่วมและดินโคลนถล่มในภาคเหนือ',
      body:
        'ให้ผู้ว่าราชการจังหวัดในภาคเหนือเตรียมความพร้อมรับมือน้ำท่วมฉับพลันและดินโคลนถล่ม สำรวจพื้นที่เสี่ยง ' +
        'จัดเตรียมเครื่องสูบน้ำและศูนย์พักพิง และรายงานความคืบหน้าทุกสัปดาห์',
      priority: 'urgent',
      category: null,
      areaCode: null,
      dueAt: dueIn(30),
      details: { source: { type: 'order', title: 'ข้อสั่งการนายกรัฐมนตรี', date: thaiDay(clock.now()), authority: 'นายกรัฐมนตรี' } },
      assignments: [{ targets: { kind: 'provincial_hall', groupingId: 'region:northern' }, role: 'lead', dueAt: dueIn(7), note: null }],
    },
  );
  progress?.increment();
  clock.advanceDays(1);
  const hall = await db.query<{ id: string }>(
    `select a.id from assignments a join units u on u.id = a.unit_id where a.case_id = $1 and u.code = 'PH-50'`,
    [flood.id],
  );
  const hallAssignmentId = hall.rows[0]!.id;
  await transitionAssignment({ db, clock, actor: chiangmai! }, hallAssignmentId, 'acknowledge', {});
  const districts = await cascadeAssignment({ db, clock, actor: chiangmai! }, hallAssignmentId, {
    targets: { unitCodes: ['DO-5001', 'DO-5003'] },
    role: 'lead',
    dueAt: dueIn(5),
    note: 'สำรวจจุดเสี่ยงน้ำท่วมขังและดินโคลนถล่มในพื้นที่ และรายงานภายใน 5 วัน',
  });
  progress?.increment();
  clock.advanceDays(1);
  const mueang = districts.created.find(({ unit }) => unit.code === 'DO-5001')!;
  await transitionAssignment({ db, clock, actor: maechan! }, mueang.assignmentId, 'acknowledge', {});
  clock.advanceDays(1);
  await reportProgress({ db, clock, actor: maechan! }, mueang.assignmentId, {
    note: 'สำรวจแล้ว 12 ตำบล พบจุดเสี่ยงน้ำท่วมขัง 4 จุด ได้ประสาน อปท. ติดตั้งเครื่องสูบน้ำแล้ว 2 จุด',
    attachmentIds: [],
  });
  progress?.increment();
  await seedComplaintsDemo(db, { now, phraNakhon: await actorFor(db, 'phranakhon') });
  // Information requests in every state a newcomer should see: awaiting, overdue, transferred, published, appealed.
  await seedInfoRequestsDemo(db, {
    now,
    officer: chiangmai!,
    coordinator: await actorFor(db, 'chiangmai-coord'),
    operator: await actorFor(db, 'operator'),
    ministry: msdhs!,
  });
  progress?.increment();
  // A year of history in every province, so the dashboards, maps and league table have a picture.
  await seedComplaintHistoryDemo(db, { now, count: DEMO_HISTORY_COMPLAINTS });
  await seedOpenDataDemo(db, {
    clock: options.clock,
    admin: await actorFor(db, 'admin'),
    publisher: pmdu!,
    publishedCaseIds: [clinic.id, flood.id],
  });
  progress?.stop();
  return { seeded: true };
}
