import { createCase } from '../commands/cases/createCase.ts';
import { createGroup } from '../commands/delivery/createGroup.ts';
import { linkCaseToGroup } from '../commands/delivery/linkCaseToGroup.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import type { Actor } from '../domain/roles.ts';
import { days, thaiDay } from '../shared/thaiTime.ts';

/**
 * Demo data for policy delivery: the three integrated groups of seed 001 (the
 * single-mother clinic directive belongs to the third), a parliamentary
 * question to the Ministry of Social Development due in 15 days, and a draft
 * bill at its first stage.
 */
export async function seedDeliveryDemo(db: Database, input: { clock: Clock; pmdu: Actor; clinicCaseId: string }): Promise<void> {
  const ctx = { db, clock: input.clock, actor: input.pmdu };
  const reportDueOn = thaiDay(new Date(input.clock.now().getTime() + days(120)));
  const groups = [
    {
      nameTh: 'กลุ่มพัฒนาเศรษฐกิจฐานราก',
      nameEn: 'Grassroots economy',
      goalTh:
        'ส่งเสริมการพัฒนาชุมชนให้เป็นแหล่งท่องเที่ยวเชิงเกษตรและวัฒนธรรม โดยใช้เทคโนโลยีและนวัตกรรมสร้างมูลค่าเพิ่ม และสนับสนุนให้เข้าถึงแหล่งเงินทุนและช่องทางการตลาดทั้งออนไลน์และออฟไลน์',
      goalEn:
        'Develop communities as farm and cultural tourism destinations, with technology adding value, and access to finance and markets online and offline',
      leadUnitCodes: ['MCUL', 'MOAC', 'MOF', 'MOT'],
      memberUnitCodes: [],
    },
    {
      nameTh: 'กลุ่มการเตรียมความพร้อมและอำนวยความสะดวกในการเดินทางเข้าประเทศ',
      nameEn: 'Preparing and easing entry when the country reopens',
      goalTh: 'ให้การเปิดประเทศมีประสิทธิภาพ รัดกุม และสมดุลกับความปลอดภัยของคนในประเทศ',
      goalEn: 'Reopen the country efficiently and safely, in balance with the safety of the people',
      leadUnitCodes: ['MOPH', 'MFA'],
      memberUnitCodes: ['MOL'],
    },
    {
      nameTh: 'กลุ่มการพัฒนาการเรียนรู้ของกลุ่มเปราะบางและผู้สูงวัย',
      nameEn: 'Learning for vulnerable groups and older people',
      goalTh: 'จัดทำฐานข้อมูลและสำรวจความต้องการของกลุ่มเปราะบางและผู้สูงวัย พัฒนาหลักสูตรและทักษะที่จำเป็น และพัฒนาคุณภาพชีวิต',
      goalEn: 'Survey the needs of vulnerable groups and older people, develop courses and skills, and improve their quality of life',
      leadUnitCodes: ['MSDHS', 'MOE', 'MHESI'],
      memberUnitCodes: [],
    },
  ];
  let lastGroupId = '';
  for (const group of groups) lastGroupId = await createGroup(ctx, { ...group, reportDueOn });
  await linkCaseToGroup(ctx, lastGroupId, input.clinicCaseId);

  const ministry = await db.query<{ id: string }>(`select id from units where code = 'MSDHS'`);
  const ministryId = ministry.rows[0]!.id;
  await createCase(ctx, {
    kind: 'parliamentary_question',
    title: 'กระทู้ถามเรื่องการเปิดคลินิกแม่เลี้ยงเดี่ยวในจังหวัดที่ยังไม่มีบริการ',
    body: 'ขอทราบว่าจังหวัดใดยังไม่เปิดคลินิกแม่เลี้ยงเดี่ยว และรัฐบาลจะเร่งรัดอย่างไร',
    priority: 'high',
    category: null,
    areaCode: null,
    dueAt: null,
    details: {
      askingMember: 'สมาชิกสภาผู้แทนราษฎร (ตัวอย่าง)',
      answeringUnitId: ministryId,
      answerDeadline: thaiDay(new Date(input.clock.now().getTime() + days(15))),
      source: { type: 'parliament', title: 'กระทู้ถามทั่วไป', date: thaiDay(input.clock.now()), authority: 'สภาผู้แทนราษฎร' },
    },
    assignments: [{ targets: { unitIds: [ministryId] }, role: 'lead', dueAt: null, note: null }],
  });
  await createCase(ctx, {
    kind: 'draft_bill',
    title: 'ร่างพระราชบัญญัติส่งเสริมการพัฒนาและคุ้มครองสถาบันครอบครัว (ตัวอย่าง)',
    body: '',
    priority: 'normal',
    category: null,
    areaCode: null,
    dueAt: null,
    details: { source: { type: 'cabinet', title: 'มติคณะรัฐมนตรี', date: thaiDay(input.clock.now()), authority: 'คณะรัฐมนตรี' } },
    assignments: [],
  });
}
