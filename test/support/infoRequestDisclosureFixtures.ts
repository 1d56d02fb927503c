/**
 * An answered information request ready for the disclosure log (issue #16, "in the open"), made
 * through the filing command and SQL where the answers slice's commands are not ours: a requester
 * whose name, e-mail, phone and citizen id also appear in the request's text and the answer's
 * message (people sign their letters), an answer in part with one partly disclosed PDF uploaded by
 * the agency's officer and one document withheld under section 15(5).
 */
import { createHash, randomUUID } from 'node:crypto';
import { fileInfoRequest } from '../../src/commands/infoRequests/fileInfoRequest.ts';
import type { Database } from '../../src/db/database.ts';
import { insertAttachment } from '../../src/db/queries/attachmentQueries.ts';
import type { Clock } from '../../src/domain/clock.ts';
import { createStaff, type TestStaff } from './factories.ts';

/** The planted requester: none of it may ever reach the portal or open data. */
export const plantedRequester = {
  name: 'พิมพ์ลดา ศรีวงศ์ทองคำ',
  email: 'pimlada.sriwong@example.org',
  phone: '089-555-0142',
  citizenId: '1409901234560',
};
/** Their details as the detectors look for them: strings, and digit runs. */
export const requesterStrings = ['พิมพ์ลดา', 'ศรีวงศ์ทองคำ', 'pimlada.sriwong'];
export const requesterDigits = ['895550142', '1409901234560'];

/** What a visitor's page or file shows of the planted requester: empty when nothing. */
export function requesterLeaks(text: string): string[] {
  const digits = text.replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d))).replace(/[^0-9]/g, '');
  const lower = text.toLowerCase();
  return [
    ...requesterStrings.filter((s) => lower.includes(s.toLowerCase())),
    ...requesterDigits.filter((d) => {
      for (let i = 0; i + 7 <= d.length; i++) if (digits.includes(d.slice(i, i + 7))) return true;
      return false;
    }),
  ];
}

/** A tiny valid PDF, its text the redacted contract (what an officer blacked out is not in it). */
export function redactedPdf(text = 'Contract 2569 (redacted)'): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export interface AnsweredRequest {
  caseId: string;
  ref: string;
  agencyCode: string;
  answerId: string;
  /** The partly disclosed PDF (pending review) and the withheld document. */
  pdfDocumentId: string;
  withheldDocumentId: string;
  officer: TestStaff;
}

export async function answeredInfoRequest(
  db: Database,
  clock: Clock,
  options: { agencyCode?: string; publishConsent?: boolean; title?: string; onTime?: boolean; officer?: TestStaff } = {},
): Promise<AnsweredRequest> {
  const agencyCode = options.agencyCode ?? 'MOF';
  const agency = await db.query<{ id: string }>('select id from units where code = $1', [agencyCode]);
  const filed = await fileInfoRequest(
    { db, clock, actor: null },
    {
      channel: 'web',
      agencyUnitId: agency.rows[0]!.id,
      title: options.title ?? 'สัญญาจ้างป้องกันน้ำท่วมปี 2569',
      body: [
        `ข้าพเจ้า ${plantedRequester.name} ขอสำเนาสัญญาจ้างก่อสร้างคันกั้นน้ำท่วมของกรมในปีงบประมาณ 2569`,
        `โปรดส่งถึง ${plantedRequester.email} หรือโทร ${plantedRequester.phone} เลขบัตรประชาชน ${plantedRequester.citizenId}`,
      ].join('\n'),
      formWanted: 'copy',
      requester: {
        name: plantedRequester.name,
        email: plantedRequester.email,
        phone: plantedRequester.phone,
        citizenId: plantedRequester.citizenId,
      },
      publishConsent: options.publishConsent ?? true,
    },
  );
  const officer = options.officer ?? (await createStaff(db, { role: 'officer', unitCode: agencyCode }));
  const now = clock.now();
  const answeredAt = new Date(now.getTime() + (options.onTime === false ? 400 : 2) * 86_400_000);
  const answerId = randomUUID();
  await db.query(
    `insert into info_request_answers (id, case_id, unit_id, outcome, message, ground_codes, fee_baht, answered_by, created_at)
     values ($1, $2, $3, 'answered_part', $4, '{s15_5}', 40, $5, $6)`,
    [
      answerId,
      filed.id,
      agency.rows[0]!.id,
      `เรียน คุณ${plantedRequester.name} กรมส่งสำเนาสัญญาซึ่งปกปิดข้อมูลส่วนบุคคลของผู้รับจ้างแล้ว ค่าสำเนา 40 บาท สอบถามโทร ${plantedRequester.phone}`,
      officer.id,
      answeredAt,
    ],
  );
  const data = redactedPdf();
  const file = await insertAttachment(db, {
    uploadedBy: officer.id,
    filename: 'contract-2569-redacted.pdf',
    contentType: 'application/pdf',
    sha256: createHash('sha256').update(data).digest('hex'),
    data,
    now,
  });
  await db.query('update attachments set case_id = $2 where id = $1', [file.id, filed.id]);
  const pdf = await db.query<{ id: string }>(
    `insert into info_request_documents (case_id, answer_id, title, disclosure, ground_codes, attachment_id, created_at)
     values ($1, $2, 'สัญญาจ้างก่อสร้างคันกั้นน้ำ (ปกปิดบางส่วน)', 'partly_disclosed', '{s15_5}', $3, $4) returning id`,
    [filed.id, answerId, file.id, now],
  );
  const withheld = await db.query<{ id: string }>(
    `insert into info_request_documents (case_id, answer_id, title, disclosure, ground_codes, created_at)
     values ($1, $2, 'ประวัติสุขภาพของผู้ควบคุมงาน', 'withheld', '{s15_5}', $3) returning id`,
    [filed.id, answerId, now],
  );
  await db.query(`update info_requests set state = 'answered_part', answered_at = $2, state_changed_at = $2 where case_id = $1`, [
    filed.id,
    answeredAt,
  ]);
  return {
    caseId: filed.id,
    ref: filed.ref,
    agencyCode,
    answerId,
    pdfDocumentId: pdf.rows[0]!.id,
    withheldDocumentId: withheld.rows[0]!.id,
    officer,
  };
}
