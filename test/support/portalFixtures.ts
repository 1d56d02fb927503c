import sharp from 'sharp';
import { createComplaint } from '../../src/commands/complaints/createComplaint.ts';
import { uploadComplaintPhoto } from '../../src/commands/complaints/uploadComplaintPhoto.ts';
import { defineIndicator } from '../../src/commands/reports/defineIndicator.ts';
import { recordMeasurement } from '../../src/commands/reports/recordMeasurement.ts';
import { setCasePublished } from '../../src/commands/publication/publishCase.ts';
import { publishComplaintStory } from '../../src/commands/publication/publishComplaintStory.ts';
import { readComplaintStoryDraft } from '../../src/commands/publication/readComplaintStoryDraft.ts';
import type { Database } from '../../src/db/database.ts';
import type { ManualClock } from '../../src/domain/clock.ts';
import { foldComplaintStatistics } from '../../src/jobs/foldComplaintStatistics.ts';
import { CaseFixtures } from './caseFixtures.ts';

/** A citizen ID with a valid check digit (the intake refuses others), made from 12 digits. */
export function citizenIdFrom(twelve: string): string {
  const sum = [...twelve].reduce((total, digit, index) => total + Number(digit) * (13 - index), 0);
  return `${twelve}${(11 - (sum % 11)) % 10}`;
}

/** Personal data planted in the fixtures; none of it may appear on any public page. */
export const planted = {
  name: 'สมชาย ใจดีมาก',
  phones: ['0812345678', '081-234-5678', '+66 81 234 5678', '๐๘๑๒๓๔๕๖๗๘'],
  email: 'somchai.jaidee@example.com',
  citizenId: citizenIdFrom('110170023070'),
  lat: 18.7881234,
  lon: 98.9854567,
  address: 'บ้านเลขที่ 99/1 ซอยลับเฉพาะ',
};

/** What a page must not hold: the planted values, digits of the phone in any notation, the exact point. */
export function personalDataIn(text: string, trackingCode: string): string[] {
  const digits = text.replace(/[^0-9]/g, '');
  const found: string[] = [];
  if (text.includes(planted.name) || text.includes('สมชาย')) found.push('name');
  if (digits.includes('812345678')) found.push('phone');
  if (text.includes('๐๘๑๒๓๔')) found.push('thai phone');
  if (text.toLowerCase().includes('somchai')) found.push('email');
  if (digits.includes(planted.citizenId) || digits.includes(planted.citizenId.slice(0, 10))) found.push('citizen id');
  if (text.includes('18.788') || text.includes('98.985')) found.push('coordinates');
  if (text.includes('ซอยลับเฉพาะ')) found.push('address');
  if (text.includes(trackingCode)) found.push('tracking code');
  return found;
}

export interface PortalWorld {
  complaintCaseId: string;
  trackingCode: string;
  unpublishedTrackingCode: string;
  policyId: string;
  unpublishedPolicyId: string;
  photoId: string;
  subdistrictCode: string;
  /** The unit that handled the complaint (its coordinators may publish its story). */
  leadUnitCode: string;
}

/**
 * A resolved Chiang Mai complaint full of personal data, told as a story with a photo; a
 * published directive sent to Chiang Mai and Lampang and an unpublished one; statistics folded.
 */
export async function buildPortalWorld(db: Database, clock: ManualClock): Promise<PortalWorld> {
  const f = new CaseFixtures(db, clock);
  const subdistrictCode = (
    await db.query<{ code: string }>(`select code from areas where level = 'subdistrict' and code like '5001%' order by code limit 1`)
  ).rows[0]!.code;
  const png = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#3a7' } })
    .png()
    .toBuffer();
  const photo = await uploadComplaintPhoto({ db, clock }, { filename: 'pothole.png', data: png, uploadedBy: null });
  const file = (description: string, withPhoto: boolean) =>
    createComplaint(
      { db, clock, actor: null },
      {
        channel: 'web',
        categoryCode: 'roads',
        description,
        areaCode: subdistrictCode,
        location: { lat: planted.lat, lon: planted.lon },
        address: planted.address,
        complainant: { name: planted.name, phone: planted.phones[1]!, email: planted.email, citizenId: planted.citizenId },
        ...(withPhoto ? { attachmentIds: [photo.id] } : {}),
        skipDuplicateCheck: true,
      },
    );
  const description = `ถนนหน้าบ้านนาย${planted.name} เป็นหลุมลึก โทร ${planted.phones.join(' หรือ ')} อีเมล ${planted.email} เลขบัตร ${planted.citizenId}`;
  const complaint = await file(description, true);
  const other = await file(`ไฟถนนดับ ติดต่อ ${planted.phones[0]}`, false);
  const lead = (
    await db.query<{ id: string; code: string }>(
      `select a.id, u.code from assignments a join units u on u.id = a.unit_id where a.case_id = $1 and a.role = 'lead'`,
      [complaint.caseId],
    )
  ).rows[0]!;
  await f.bringTo(lead.id, lead.code, 'done');
  const coordinator = { db, clock, actor: await f.actorOf(lead.code, 'coordinator') };
  const draft = await readComplaintStoryDraft(coordinator, complaint.caseId);
  await publishComplaintStory(coordinator, complaint.caseId, {
    publicText: draft.suggestedText,
    publicReply: 'เทศบาลซ่อมผิวถนนเรียบร้อยแล้ว',
    placeAreaCode: subdistrictCode,
    beforeAttachmentId: photo.id,
    afterAttachmentId: null,
  });
  const published = await f.directive({ to: ['PH-50', 'PH-52'], title: 'ข้อสั่งการเผยแพร่ต่อสาธารณะ', body: 'ลดอุบัติเหตุทางถนนในช่วงเทศกาล' });
  const hidden = await f.directive({ to: ['PH-50'], title: 'ข้อสั่งการภายใน' });
  const delivery = { db, clock, actor: await f.actorOf('PMDU', 'delivery_unit') };
  const indicator = await defineIndicator(delivery, published.caseId, {
    nameTh: 'จำนวนจุดตรวจที่เปิด',
    nameEn: 'Checkpoints open',
    unitOfMeasure: 'จุด',
    direction: 'up',
    kind: 'progress',
    baseline: 0,
    target: 100,
    targetDate: null,
    aggregation: 'sum',
    trajectory: [{ period: '2026-02', value: 40 }],
  });
  await f.bringTo(published.assignmentIds['PH-50']!, 'PH-50', 'acknowledged');
  await recordMeasurement({ db, clock, actor: await f.actorOf('PH-50', 'coordinator') }, published.assignmentIds['PH-50']!, {
    indicatorId: indicator.id,
    period: '2026-02',
    value: 30,
    note: null,
    attachmentIds: [],
  });
  await setCasePublished(delivery, published.caseId, true);
  await foldComplaintStatistics({ db, clock });
  return {
    complaintCaseId: complaint.caseId,
    trackingCode: complaint.trackingCode,
    unpublishedTrackingCode: other.trackingCode,
    policyId: published.caseId,
    unpublishedPolicyId: hidden.caseId,
    photoId: photo.id,
    subdistrictCode,
    leadUnitCode: lead.code,
  };
}
