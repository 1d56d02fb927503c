import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { ManualClock } from '../../domain/clock.ts';
import { createStaff, type TestStaff } from '../../../test/support/factories.ts';
import { answeredInfoRequest, requesterLeaks, type AnsweredRequest } from '../../../test/support/infoRequestDisclosureFixtures.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { publishInfoRequest, readInfoRequestPublication, withdrawInfoRequestPublication } from './publishInfoRequest.ts';
import { readDisclosedDocument, readDisclosedRequest, readDisclosureAgency, readDisclosureIndex } from './readDisclosureLog.ts';
import { createRedactionRule, listRedactionRules, removeRedactionRule } from './redactionRules.ts';
import { reviewInfoRequestDocument } from './reviewInfoRequestDocument.ts';

describe.each(testEngines())('publication of information requests (%s)', (engine) => {
  let db: Database;
  const clock = new ManualClock(new Date('2026-12-07T03:00:00Z'));
  let coordinator: TestStaff;
  let answered: AnsweredRequest;
  const ctx = (staff: TestStaff) => ({ db, clock, actor: staff.actor });
  const pub = () => ({ db, clock });

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    coordinator = await createStaff(db, { role: 'coordinator', unitCode: 'MOF' });
    answered = await answeredInfoRequest(db, clock);
  });
  afterAll(() => db.close());

  it('previews the redacted text with every replacement marked, and never the requester', async () => {
    await createRedactionRule(ctx(answered.officer), {
      scope: 'request',
      caseId: answered.caseId,
      pattern: 'คันกั้นน้ำ',
      replacement: '[โครงการ]',
    });
    const preview = await readInfoRequestPublication(ctx(coordinator), answered.caseId);
    expect(requesterLeaks(JSON.stringify(preview))).toEqual([]);
    expect(preview.body.text).toContain('[โครงการ]ท่วม');
    expect(preview.body.parts.some((p) => p.replaced?.kind === 'requester' && p.replaced.field === 'name')).toBe(true);
    expect(preview.documents.map((d) => [d.disclosure, d.reviewStatus, d.canReview])).toEqual([
      ['partly_disclosed', 'pending', true],
      ['withheld', 'pending', false],
    ]);
    expect(preview.canPublish).toBe(true);
    const other = await createStaff(db, { role: 'officer', unitCode: 'PH-50' });
    await expect(readInfoRequestPublication(ctx(other), answered.caseId)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses publication without the requester’s consent, saying why', async () => {
    const refused = await answeredInfoRequest(db, clock, { publishConsent: false, officer: answered.officer });
    await expect(publishInfoRequest(ctx(coordinator), refused.caseId)).rejects.toMatchObject({ code: 'publish_consent_missing' });
    const row = await db.query<{ published_at: Date | null }>('select published_at from info_requests where case_id = $1', [
      refused.caseId,
    ]);
    expect(row.rows[0]!.published_at).toBeNull();
  });

  it('lets only a coordinator who did not upload the file review it, and nobody review a withheld one', async () => {
    await expect(
      reviewInfoRequestDocument(ctx(answered.officer), answered.caseId, answered.pdfDocumentId, { status: 'approved' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      reviewInfoRequestDocument(ctx(coordinator), answered.caseId, answered.withheldDocumentId, { status: 'approved' }),
    ).rejects.toMatchObject({ code: 'invalid_transition' });
  });

  it('publishes redacted text and answers; documents only once approved; withdrawal hides everything', async () => {
    expect(await publishInfoRequest(ctx(coordinator), answered.caseId)).toMatchObject({ caseId: answered.caseId });
    const page = await readDisclosedRequest(pub(), answered.ref);
    expect(requesterLeaks(JSON.stringify(page))).toEqual([]);
    expect(page.answers).toHaveLength(1);
    expect(page.answers[0]!.published_message).toContain('[ผู้ขอ]');
    // Not reviewed yet: the withheld one is listed by title and ground, the PDF not at all, and its file is not served.
    expect(page.documents.map((d) => d.disclosure)).toEqual(['withheld']);
    expect(page.documents[0]!.filename).toBeNull();
    await expect(readDisclosedDocument(pub(), answered.pdfDocumentId)).rejects.toMatchObject({ code: 'not_found' });
    await expect(readDisclosedDocument(pub(), answered.withheldDocumentId)).rejects.toMatchObject({ code: 'not_found' });

    await reviewInfoRequestDocument(ctx(coordinator), answered.caseId, answered.pdfDocumentId, { status: 'approved', note: 'ตรวจแล้ว' });
    const file = await readDisclosedDocument(pub(), answered.pdfDocumentId);
    expect(file.contentType).toBe('application/pdf');
    expect(file.data.subarray(0, 5).toString()).toBe('%PDF-');

    // Found by Thai search over the published text: the compound น้ำท่วม, and not by the requester's name.
    expect((await readDisclosureIndex(pub(), { q: 'น้ำท่วม' })).requests.map((r) => r.ref)).toContain(answered.ref);
    expect((await readDisclosureIndex(pub(), { q: 'พิมพ์ลดา' })).requests).toEqual([]);
    expect((await readDisclosureIndex(pub(), {})).agencies.map((a) => a.code)).toContain('MOF');

    await withdrawInfoRequestPublication(ctx(coordinator), answered.caseId);
    await expect(readDisclosedRequest(pub(), answered.ref)).rejects.toMatchObject({ code: 'not_found' });
    await expect(readDisclosedDocument(pub(), answered.pdfDocumentId)).rejects.toMatchObject({ code: 'not_found' });
    expect((await readDisclosureIndex(pub(), { q: 'น้ำท่วม' })).requests.map((r) => r.ref)).not.toContain(answered.ref);
    const answers = await db.query<{ published_message: string | null }>(
      'select published_message from info_request_answers where case_id = $1',
      [answered.caseId],
    );
    expect(answers.rows).toEqual([{ published_message: null }]);
    const events = await db.query<{ type: string }>(
      `select type from case_events where case_id = $1 and type like 'info_request_%' order by id`,
      [answered.caseId],
    );
    expect(events.rows.map((e) => e.type)).toEqual([
      'info_request_published',
      'info_request_document_reviewed',
      'info_request_unpublished',
    ]);
  });

  it('counts an agency’s requests, answers, answers on time, outcomes and grounds over the fiscal year', async () => {
    const agencyCode = 'MOI';
    const officer = await createStaff(db, { role: 'officer', unitCode: agencyCode });
    await answeredInfoRequest(db, clock, { agencyCode, officer });
    await answeredInfoRequest(db, clock, { agencyCode, officer, onTime: false });
    const pending = await answeredInfoRequest(db, clock, { agencyCode, officer });
    await db.query(`delete from info_request_documents where case_id = $1`, [pending.caseId]);
    await db.query(`delete from info_request_answers where case_id = $1`, [pending.caseId]);
    await db.query(`update info_requests set state = 'awaiting_response', answered_at = null where case_id = $1`, [pending.caseId]);
    const page = await readDisclosureAgency(pub(), { code: agencyCode, fiscalYear: 2570 });
    expect(page.statistics).toMatchObject({
      received: 3,
      answered: 2,
      answered_on_time: 1,
      onTimeShare: 0.5,
      outcomes: { answered_part: 2 },
      grounds: { s15_5: 2 },
    });
    expect((await readDisclosureAgency(pub(), { code: agencyCode, fiscalYear: 2569 })).statistics.received).toBe(0);
    await expect(readDisclosureAgency(pub(), { code: 'NO-SUCH' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps rules by scope: site for administrators, agency for its coordinators, request for its handlers', async () => {
    const admin = await createStaff(db, { role: 'admin', unitCode: 'RTG' });
    const mofUnit = coordinator.unit.id;
    await expect(createRedactionRule(ctx(coordinator), { scope: 'site', pattern: 'ลับมาก' })).rejects.toMatchObject({ code: 'forbidden' });
    const site = await createRedactionRule(ctx(admin), { scope: 'site', pattern: 'ลับมาก' });
    const agency = await createRedactionRule(ctx(coordinator), { scope: 'agency', unitId: mofUnit, pattern: 'บริษัทเอ' });
    await expect(createRedactionRule(ctx(answered.officer), { scope: 'agency', unitId: mofUnit, pattern: 'x' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const outsider = await createStaff(db, { role: 'coordinator', unitCode: 'PH-50' });
    await expect(
      createRedactionRule(ctx(outsider), { scope: 'requester', caseId: answered.caseId, pattern: 'บ้านเลขที่ 9' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const mine = await createRedactionRule(ctx(answered.officer), { scope: 'requester', caseId: answered.caseId, pattern: 'บ้านเลขที่ 9' });
    const listed = await listRedactionRules(ctx(answered.officer), { caseId: answered.caseId });
    expect(listed.map((r) => r.scope).sort()).toEqual(['agency', 'request', 'requester', 'site']);
    expect((await listRedactionRules(ctx(coordinator), {})).map((r) => r.id)).toEqual(expect.arrayContaining([site.id, agency.id]));
    await removeRedactionRule(ctx(answered.officer), mine.id);
    await removeRedactionRule(ctx(admin), site.id);
    const audit = await db.query<{ action: string }>(`select action from audit_events where target_id = $1 order by id`, [site.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['redaction_rule.create', 'redaction_rule.delete']);
  });
});
