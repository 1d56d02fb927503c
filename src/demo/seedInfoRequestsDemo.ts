import { transitionAssignment } from '../commands/assignments/transitionAssignment.ts';
import { uploadAnswerDocument } from '../commands/infoRequests/answerDocuments.ts';
import { answerInfoRequest } from '../commands/infoRequests/answerInfoRequest.ts';
import { fileInfoRequest, type FiledInfoRequest } from '../commands/infoRequests/fileInfoRequest.ts';
import { fileObjection } from '../commands/infoRequests/objections/fileObjection.ts';
import { publishInfoRequest } from '../commands/infoRequests/publishInfoRequest.ts';
import { reviewInfoRequestDocument } from '../commands/infoRequests/reviewInfoRequestDocument.ts';
import { transferInfoRequest } from '../commands/infoRequests/transferInfoRequest.ts';
import type { Database } from '../db/database.ts';
import { findUnitByCode } from '../db/queries/unitQueries.ts';
import { ManualClock } from '../domain/clock.ts';
import type { FilingInput } from '../domain/infoRequests/validateFiling.ts';
import type { Actor } from '../domain/roles.ts';
import { days, thaiDay } from '../shared/thaiTime.ts';
import { demoPdf } from './demoPdf.ts';

export interface InfoRequestsDemo {
  awaiting: FiledInfoRequest;
  overdue: FiledInfoRequest;
  transferred: FiledInfoRequest;
  answeredInPart: FiledInfoRequest;
  refused: FiledInfoRequest;
}

/**
 * Five requests for official information, through the same commands as everyone, with the clock
 * moved back so each stands where a newcomer should see it:
 * - awaiting response at Chiang Mai provincial hall (filed two days ago on the web);
 * - overdue there (taken by the 1111 operator 33 days ago, acknowledged, never answered: past the
 *   15 working days, short of the 30 that make it long overdue);
 * - transferred by the hall to the Royal Irrigation Department, with the reason (section 12);
 * - answered in part by the hall with a redacted contract (a one-page PDF) and a list withheld under
 *   section 15(5), the PDF approved by the hall's coordinator (not its uploader) who then published
 *   the request, so the disclosure log has an entry;
 * - refused by the Ministry of Social Development under section 15(3), and appealed by the requester,
 *   so the Commission's office has an open appeal.
 * Requesters are fictitious; only those who agreed to publication gave consent.
 */
export async function seedInfoRequestsDemo(
  db: Database,
  input: { now: Date; officer: Actor; coordinator: Actor; operator: Actor; ministry: Actor },
): Promise<InfoRequestsDemo> {
  const unitId = async (code: string) => {
    const unit = await findUnitByCode(db, code);
    if (!unit) throw new Error(`demo unit ${code} missing`);
    return unit.id;
  };
  const [hall, ministry, irrigation] = [await unitId('PH-50'), await unitId('MSDHS'), await unitId('MOAC.02')];
  const clock = new ManualClock(input.now);
  /** Office hours, Bangkok, some days before now. */
  const at = (daysAgo: number, time: string) => clock.set(`${thaiDay(new Date(input.now.getTime() - days(daysAgo)))}T${time}:00+07:00`);
  const as = (actor: Actor) => ({ db, clock, actor });
  const file = (actor: Actor | null, filing: FilingInput) => fileInfoRequest({ db, clock, actor }, filing);
  const lead = async (caseId: string) =>
    (await db.query<{ id: string }>(`select id from assignments where case_id = $1 and role = 'lead' and status = 'sent'`, [caseId]))
      .rows[0]!.id;

  at(33, '09:40');
  const overdue = await file(input.operator, {
    channel: 'hotline',
    agencyUnitId: hall,
    title: 'สัญญาจ้างก่อสร้างพนังกั้นน้ำริมแม่น้ำปิง ปีงบประมาณ 2568',
    body:
      'ขอสำเนาสัญญาจ้างก่อสร้างพนังกั้นน้ำริมแม่น้ำปิงช่วงสะพานนวรัฐถึงสะพานเม็งรายที่จังหวัดเชียงใหม่ลงนามในปีงบประมาณ 2568 ' +
      'พร้อมบัญชีแสดงปริมาณวัสดุและราคา และบันทึกการตรวจรับงานงวดสุดท้าย',
    formWanted: 'copy',
    requester: { name: 'วีระพงษ์ คำแสน', phone: '089 000 4417' },
    publishConsent: false,
  });
  at(32, '10:15');
  await transitionAssignment(as(input.officer), await lead(overdue.id), 'acknowledge', {});

  at(26, '20:05');
  const answeredInPart = await file(null, {
    channel: 'web',
    agencyUnitId: hall,
    title: 'งบประมาณและสัญญาจัดซื้อเครื่องสูบน้ำรับมือน้ำท่วม ปี 2568',
    body:
      'ข้าพเจ้า พรทิพย์ ใจงาม ขอสำเนาสัญญาจัดซื้อเครื่องสูบน้ำขนาดใหญ่ของจังหวัดเชียงใหม่ในปีงบประมาณ 2568 พร้อมวงเงินงบประมาณที่ใช้ ' +
      'และรายชื่อผู้ได้รับเงินช่วยเหลือผู้ประสบอุทกภัยจากงบประมาณเดียวกัน',
    formWanted: 'copy',
    requester: { name: 'พรทิพย์ ใจงาม', email: 'porntip.demo@example.com' },
    publishConsent: true,
  });

  at(14, '14:20');
  const pdf = await uploadAnswerDocument(as(input.officer), answeredInPart.id, {
    filename: 'pump-contract-2568-redacted.pdf',
    data: demoPdf([
      'Chiang Mai Provincial Hall',
      'Purchase contract No. 45/2568: 12 mobile water pumps, 12-inch outlet',
      'Budget: 4,680,000 baht, fiscal year 2568',
      "Seller's signatory: [redacted, section 15(5)]",
      'Delivered and inspected: 28 July 2568',
    ]),
  });
  const answer = await answerInfoRequest(as(input.officer), answeredInPart.id, {
    outcome: 'answered_part',
    message:
      'จังหวัดเชียงใหม่ส่งสำเนาสัญญาจัดซื้อเครื่องสูบน้ำ 12 เครื่อง วงเงิน 4,680,000 บาท ซึ่งปกปิดชื่อและที่อยู่ของผู้ลงนามฝ่ายผู้ขายแล้ว ' +
      'ส่วนรายชื่อผู้ได้รับเงินช่วยเหลือผู้ประสบอุทกภัยเปิดเผยไม่ได้ เพราะเป็นข้อมูลข่าวสารส่วนบุคคล (มาตรา 15 (5))',
    feeBaht: 12,
    feeNote: 'ค่าสำเนาเอกสาร 12 หน้า หน้าละ 1 บาท',
    documents: [
      {
        title: 'สัญญาจัดซื้อเครื่องสูบน้ำ เลขที่ 45/2568 (ปกปิดบางส่วน)',
        disclosure: 'partly_disclosed',
        groundCodes: ['s15_5'],
        attachmentId: pdf.id,
      },
      { title: 'รายชื่อผู้ได้รับเงินช่วยเหลือผู้ประสบอุทกภัย ปี 2568', disclosure: 'withheld', groundCodes: ['s15_5'] },
    ],
  });
  at(13, '09:30');
  await reviewInfoRequestDocument(as(input.coordinator), answeredInPart.id, answer.documentIds[0]!, {
    status: 'approved',
    note: 'ตรวจแล้ว ไม่มีข้อมูลส่วนบุคคลเหลือในไฟล์',
  });
  at(13, '09:45');
  await publishInfoRequest(as(input.coordinator), answeredInPart.id);

  at(12, '11:30');
  const refused = await file(null, {
    channel: 'web',
    agencyUnitId: ministry,
    title: 'รายงานการประชุมคณะกรรมการคัดเลือกหน่วยบริการคลินิกแม่เลี้ยงเดี่ยว',
    body:
      'ขอสำเนารายงานการประชุมคณะกรรมการคัดเลือกหน่วยบริการที่จะเปิดคลินิกแม่เลี้ยงเดี่ยวในภาคเหนือ ปี 2569 ' +
      'รวมถึงเกณฑ์การให้คะแนนและผลคะแนนของแต่ละหน่วยบริการที่สมัคร',
    formWanted: 'copy',
    requester: { name: 'ณัฐวุฒิ ศรีสุข', email: 'nattawut.demo@example.com' },
    publishConsent: false,
  });

  at(8, '16:10');
  const transferred = await file(null, {
    channel: 'web',
    agencyUnitId: hall,
    title: 'แผนการระบายน้ำเขื่อนแม่งัดสมบูรณ์ชลช่วงฤดูฝน 2569',
    body: 'ขอแผนการระบายน้ำและเกณฑ์เฝ้าระวังระดับน้ำของเขื่อนแม่งัดสมบูรณ์ชลในฤดูฝนปี 2569 ' + 'และแผนแจ้งเตือนภัยน้ำท่วมสำหรับชุมชนท้ายเขื่อนในอำเภอแม่แตง',
    formWanted: 'inspect',
    requester: { name: 'กาญจนา บุญมา', email: 'kanjana.demo@example.com', address: 'หมู่ 4 ตำบลสันมหาพน อำเภอแม่แตง จังหวัดเชียงใหม่' },
    publishConsent: true,
  });
  at(7, '10:00');
  await transferInfoRequest(as(input.officer), transferred.id, {
    toUnitId: irrigation,
    reason: 'แผนการระบายน้ำของเขื่อนแม่งัดสมบูรณ์ชลอยู่ในความครอบครองของกรมชลประทาน ' + 'ศาลากลางจังหวัดจึงส่งคำขอให้กรมชลประทานพิจารณาตามมาตรา 12',
  });

  at(6, '15:00');
  await answerInfoRequest(as(input.ministry), refused.id, {
    outcome: 'refused',
    message:
      'กระทรวงไม่อาจเปิดเผยรายงานการประชุมและผลคะแนนได้ เนื่องจากเป็นความเห็นภายในของคณะกรรมการ ' +
      'ซึ่งการคัดเลือกยังไม่แล้วเสร็จ (มาตรา 15 (3)) ท่านอุทธรณ์ต่อคณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสารได้ภายใน 15 วัน',
    groundCodes: ['s15_3'],
    documents: [{ title: 'รายงานการประชุมคณะกรรมการคัดเลือกหน่วยบริการ ครั้งที่ 2/2569', disclosure: 'withheld', groundCodes: ['s15_3'] }],
  });
  at(3, '19:20');
  await fileObjection({ db, clock }, refused.trackingCode, {
    kind: 'appeal',
    reason:
      'กระทรวงประกาศรายชื่อหน่วยบริการที่ได้รับคัดเลือกแล้ว รายงานการประชุมและผลคะแนนจึงไม่ใช่ความเห็นที่ยังอยู่ระหว่างพิจารณา ' +
      'ขอให้วินิจฉัยให้เปิดเผย อย่างน้อยเกณฑ์การให้คะแนนและผลคะแนนของแต่ละหน่วยบริการ',
  });

  at(2, '08:50');
  const awaiting = await file(null, {
    channel: 'web',
    agencyUnitId: hall,
    title: 'รายงานการประชุมกองอำนวยการป้องกันและบรรเทาสาธารณภัยจังหวัดเชียงใหม่ เรื่องน้ำท่วม',
    body:
      'ขอสำเนารายงานการประชุมกองอำนวยการป้องกันและบรรเทาสาธารณภัยจังหวัดเชียงใหม่ทุกครั้งในเดือนกันยายนและตุลาคม 2568 ' +
      'ที่พิจารณาการรับมือน้ำท่วมในอำเภอเมืองเชียงใหม่ และแผนเผชิญเหตุอุทกภัยของจังหวัดฉบับปัจจุบัน',
    formWanted: 'copy',
    requester: { name: 'ธีรวัฒน์ มณีวงศ์', email: 'teerawat.demo@example.com' },
    publishConsent: true,
  });

  return { awaiting, overdue, transferred, answeredInPart, refused };
}
