import { randomBytes } from 'node:crypto';
import { uploadAnswerDocument } from '../../src/commands/infoRequests/answerDocuments.ts';
import { answerInfoRequest } from '../../src/commands/infoRequests/answerInfoRequest.ts';
import { fileInfoRequest } from '../../src/commands/infoRequests/fileInfoRequest.ts';
import { fileObjection } from '../../src/commands/infoRequests/objections/fileObjection.ts';
import type { Database } from '../../src/db/database.ts';
import type { Clock } from '../../src/domain/clock.ts';
import { createStaff, unitByCode } from './factories.ts';

/** A tiny valid PDF (its type is read from the bytes). */
export const tinyPdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** A request to an agency (Chiang Mai's provincial hall, PH-50, by default), filed on the public form. */
export async function infoRequestTo(db: Database, clock: Clock, unitCode = 'PH-50') {
  const agency = await unitByCode(db, unitCode);
  return fileInfoRequest(
    { db, clock, actor: null },
    {
      channel: 'web',
      agencyUnitId: agency.id,
      title: `ขอสำเนาสัญญา ${randomBytes(3).toString('hex')}`,
      body: 'ขอสำเนาสัญญาจ้างซ่อมถนน',
      formWanted: 'copy',
      requester: { name: 'ผู้ขอ ทดสอบ', email: 'requester@example.com' },
      publishConsent: false,
    },
  );
}

/** A request the agency answered in part (a redacted PDF, a withheld document under s15_5), optionally appealed. */
export async function refusedInfoRequest(db: Database, clock: Clock, options: { appeal?: boolean } = {}) {
  const filed = await infoRequestTo(db, clock);
  const officer = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
  const ctx = { db, clock, actor: officer.actor };
  const pdf = await uploadAnswerDocument(ctx, filed.id, { filename: 'redacted.pdf', data: tinyPdf });
  const answered = await answerInfoRequest(ctx, filed.id, {
    outcome: 'answered_part',
    message: 'เปิดเผยบางส่วน',
    documents: [
      { title: 'สัญญา', disclosure: 'partly_disclosed', groundCodes: ['s15_5'], attachmentId: pdf.id },
      { title: 'รายงานแพทย์', disclosure: 'withheld', groundCodes: ['s15_5'] },
    ],
  });
  const objectionId = options.appeal
    ? (await fileObjection({ db, clock }, filed.trackingCode, { kind: 'appeal', reason: 'ขอให้ทบทวน' })).id
    : null;
  return { ...filed, documentId: answered.documentIds[0]!, objectionId };
}
