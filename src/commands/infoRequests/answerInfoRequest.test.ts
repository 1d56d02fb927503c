import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { ManualClock } from '../../domain/clock.ts';
import { appealDeadlineFrom } from '../../domain/infoRequests/objectionClocks.ts';
import { createStaff, unitByCode, type TestStaff } from '../../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { uploadAnswerDocument } from './answerDocuments.ts';
import { answerInfoRequest } from './answerInfoRequest.ts';
import { fileInfoRequest } from './fileInfoRequest.ts';

/** A tiny valid PDF: its type is read from the bytes. */
export const tinyPdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

describe.each(testEngines())('answerInfoRequest (%s)', (engine) => {
  let db: Database;
  let officer: TestStaff;
  const clock = new ManualClock(new Date('2026-12-07T03:00:00Z'));

  const file = async () => {
    const agency = await unitByCode(db, 'PH-50');
    return fileInfoRequest(
      { db, clock, actor: null },
      {
        channel: 'web',
        agencyUnitId: agency.id,
        title: 'สัญญาจ้างซ่อมถนน',
        body: 'ขอสำเนาสัญญาจ้างซ่อมถนนและรายงานการตรวจรับ',
        formWanted: 'copy',
        requester: { name: 'สมหญิง ใจดี', email: 'somying@example.com' },
        publishConsent: false,
      },
    );
  };
  const count = async (sql: string, caseId: string) => (await db.query<{ n: number }>(sql, [caseId])).rows[0]!.n;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    officer = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
  });
  afterAll(() => db.close());

  it('answers in part in one transaction: answer, documents, state, lead, case, event, files, search words, appeal deadline, message', async () => {
    const filed = await file();
    const ctx = { db, clock, actor: officer.actor };
    const pdf = await uploadAnswerDocument(ctx, filed.id, { filename: 'สัญญา-ปกปิด.pdf', data: tinyPdf });
    const answered = await answerInfoRequest(ctx, filed.id, {
      outcome: 'answered_part',
      message: 'ส่งสำเนาสัญญาที่ปกปิดเลขประจำตัวผู้รับจ้างแล้ว ส่วนรายงานแพทย์ไม่อาจเปิดเผยได้',
      feeBaht: 10,
      feeNote: 'ค่าสำเนาหน้าละ 1 บาท',
      documents: [
        { title: 'สัญญาจ้าง (ปกปิดบางส่วน)', disclosure: 'partly_disclosed', groundCodes: ['s15_5'], attachmentId: pdf.id },
        { title: 'รายงานแพทย์ของผู้รับจ้าง', disclosure: 'withheld', groundCodes: ['s15_5'] },
      ],
    });
    expect(answered.appealDeadlineAt).toEqual(appealDeadlineFrom(clock.now()));
    expect(answered.messagesQueued).toBe(1);
    const request = await db.query<{ state: string; answered_at: Date | null }>(
      'select state, answered_at from info_requests where case_id = $1',
      [filed.id],
    );
    expect(request.rows[0]).toEqual({ state: 'answered_part', answered_at: clock.now() });
    const docs = await db.query<{ disclosure: string; review_status: string; attachment_id: string | null }>(
      'select disclosure, review_status, attachment_id from info_request_documents where case_id = $1 order by created_at, disclosure',
      [filed.id],
    );
    expect(docs.rows).toEqual([
      { disclosure: 'partly_disclosed', review_status: 'pending', attachment_id: pdf.id },
      { disclosure: 'withheld', review_status: 'pending', attachment_id: null },
    ]);
    const lead = await db.query<{ status: string }>(`select status from assignments where case_id = $1 and role = 'lead'`, [filed.id]);
    expect(lead.rows).toEqual([{ status: 'accepted' }]);
    const kase = await db.query<{ status: string }>('select status from cases where id = $1', [filed.id]);
    expect(kase.rows[0]!.status).toBe('completed');
    const events = await db.query<{ type: string }>('select type from case_events where case_id = $1 order by id', [filed.id]);
    expect(events.rows.map((e) => e.type)).toEqual(
      expect.arrayContaining(['created', 'assigned', 'acknowledged', 'info_request_answered', 'accepted', 'contact_read']),
    );
    const attachment = await db.query<{ case_id: string }>('select case_id from attachments where id = $1', [pdf.id]);
    expect(attachment.rows[0]!.case_id).toBe(filed.id);
    expect(
      await count(`select count(*)::int as n from cases where id = $1 and search_vector @@ plainto_tsquery('simple', 'แพทย์')`, filed.id),
    ).toBe(1);
    const outbox = await db.query<{ recipient: string; body: string }>(
      `select recipient, body from outbox where case_id = $1 and kind = 'info_request_answered'`,
      [filed.id],
    );
    expect(outbox.rows).toHaveLength(1);
    expect(outbox.rows[0]!.recipient).toBe('somying@example.com');
    expect(outbox.rows[0]!.body).toContain('มาตรา 15 (5)');
    expect(outbox.rows[0]!.body).toContain('section 15(5)');
    expect(outbox.rows[0]!.body).toContain('10.00');
    expect(outbox.rows[0]!.body).toContain('22 ธันวาคม 2569');
  });

  it('refuses a refusal without a ground and writes nothing', async () => {
    const filed = await file();
    await expect(
      answerInfoRequest({ db, clock, actor: officer.actor }, filed.id, { outcome: 'refused', message: 'ไม่อาจเปิดเผย' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
    expect(await count('select count(*)::int as n from info_request_answers where case_id = $1', filed.id)).toBe(0);
    expect(await count(`select count(*)::int as n from info_requests where case_id = $1 and state = 'awaiting_response'`, filed.id)).toBe(
      1,
    );
  });

  it('rolls everything back when a cited file is not one the officer uploaded', async () => {
    const filed = await file();
    const other = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    const theirs = await uploadAnswerDocument({ db, clock, actor: other.actor }, filed.id, { filename: 'a.pdf', data: tinyPdf });
    await expect(
      answerInfoRequest({ db, clock, actor: officer.actor }, filed.id, {
        outcome: 'answered_full',
        message: 'ครบถ้วน',
        documents: [{ title: 'ก', disclosure: 'disclosed', attachmentId: theirs.id }],
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await count('select count(*)::int as n from info_request_answers where case_id = $1', filed.id)).toBe(0);
    expect(await count(`select count(*)::int as n from case_events where case_id = $1 and type = 'info_request_answered'`, filed.id)).toBe(
      0,
    );
  });

  it('refuses a second answer and an answer to a withdrawn request with stable codes', async () => {
    const filed = await file();
    const ctx = { db, clock, actor: officer.actor };
    await answerInfoRequest(ctx, filed.id, { outcome: 'not_held', message: 'หน่วยงานไม่มีข้อมูลนี้' });
    await expect(answerInfoRequest(ctx, filed.id, { outcome: 'not_held', message: 'อีกครั้ง' })).rejects.toMatchObject({
      code: 'info_request_already_answered',
    });
    const withdrawn = await file();
    await db.query(`update info_requests set state = 'withdrawn' where case_id = $1`, [withdrawn.id]);
    await expect(answerInfoRequest(ctx, withdrawn.id, { outcome: 'not_held', message: 'ไม่มี' })).rejects.toMatchObject({
      code: 'info_request_withdrawn',
    });
  });

  it('lets only the agency officers and coordinators answer: others in reach are forbidden, others out of reach do not find it', async () => {
    const filed = await file();
    const operator = await createStaff(db, { role: 'operator', unitCode: 'PH-50' });
    const outside = await createStaff(db, { role: 'officer', unitCode: 'PH-52' });
    const admin = await createStaff(db, { role: 'admin', unitCode: 'PH-50' });
    const input = { outcome: 'not_held' as const, message: 'ไม่มี' };
    await expect(answerInfoRequest({ db, clock, actor: operator.actor }, filed.id, input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(answerInfoRequest({ db, clock, actor: admin.actor }, filed.id, input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(answerInfoRequest({ db, clock, actor: outside.actor }, filed.id, input)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('takes PDF and office documents for an answer, not images or text', async () => {
    const filed = await file();
    await expect(
      uploadAnswerDocument({ db, clock, actor: officer.actor }, filed.id, { filename: 'note.txt', data: Buffer.from('ข้อความ') }),
    ).rejects.toMatchObject({ code: 'file_type_not_allowed' });
  });
});
