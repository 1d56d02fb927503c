import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { ManualClock } from '../../domain/clock.ts';
import { createStaff, unitByCode } from '../../../test/support/factories.ts';
import { openTestDatabase, testEngines } from '../../../test/support/testDatabase.ts';
import { signUnsignedComplaints } from '../../db/queries/complaintSignatureQueries.ts';
import { signatureSimilarity, textSignature, textSignatureHex } from '../../domain/complaints/textSignature.ts';
import { createComplaint, likelyDuplicates, type ComplaintIntake, type IntakeContext } from './createComplaint.ts';

const base: ComplaintIntake = {
  channel: 'web',
  categoryCode: 'roads',
  description: 'ถนนหน้าซอยพหลโยธิน 24 เป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย',
  areaCode: '10',
  location: null,
  complainant: null,
};

describe.each(testEngines())('createComplaint (%s)', (engine) => {
  let db: Database;
  let ctx: IntakeContext;
  const clock = new ManualClock('2026-03-02T02:00:00Z');
  let subdistrict: { code: string; district: string };

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    ctx = { db, clock, actor: null };
    const row = await db.query<{ code: string; parent_code: string }>(
      `select code, parent_code from areas where level = 'subdistrict' and parent_code = '1030' order by code limit 1`,
    );
    subdistrict = { code: row.rows[0]!.code, district: row.rows[0]!.parent_code };
  });
  afterAll(() => db.close());

  it('routes a Bangkok complaint to its district office and writes case, complaint, assignment, events in one go', async () => {
    const created = await createComplaint(ctx, { ...base, areaCode: subdistrict.code });
    expect(created.unitCode).toBe(`DO-${subdistrict.district}`);
    expect(created.ref).toMatch(/^CMP-2569-\d{6}$/);
    expect(created.trackingCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const caseRow = await db.query<{ kind: string; category: string; owner: string; title: string }>(
      `select c.kind, c.category, u.code as owner, c.title from cases c join units u on u.id = c.owner_unit_id where c.id = $1`,
      [created.caseId],
    );
    expect(caseRow.rows[0]).toMatchObject({ kind: 'complaint', category: 'roads', owner: 'OPM-1111' });
    const assignment = await db.query<{ code: string; status: string; role: string }>(
      'select u.code, a.status, a.role from assignments a join units u on u.id = a.unit_id where a.case_id = $1',
      [created.caseId],
    );
    expect(assignment.rows).toEqual([{ code: created.unitCode, status: 'sent', role: 'lead' }]);
    const events = await db.query<{ type: string }>('select type from case_events where case_id = $1 order by id', [created.caseId]);
    expect(events.rows.map((e) => e.type)).toEqual(['created', 'assigned']);
    const complaint = await db.query<{ anonymous: boolean; tracking_code: string }>(
      'select anonymous, tracking_code from complaints where case_id = $1',
      [created.caseId],
    );
    expect(complaint.rows[0]).toEqual({ anonymous: true, tracking_code: created.trackingCode });
    const contacts = await db.query('select 1 from complainant_contacts where case_id = $1', [created.caseId]);
    expect(contacts.rows).toHaveLength(0);
  });

  it("falls back to the provincial hall for a province-only area, and to the classifier's suggestion without a category", async () => {
    const created = await createComplaint(ctx, {
      ...base,
      categoryCode: null,
      description: 'ไฟฟ้าส่องสว่างดับทั้งซอย มืดมาก กลางคืนอันตราย',
      areaCode: '50',
    });
    expect(created.unitCode).toBe('PH-50');
    const row = await db.query<{ category: string }>('select category from cases where id = $1', [created.caseId]);
    expect(row.rows[0]!.category).toBe('street_lights');
  });

  it('keeps the complainant apart from the case and queues the receipt for their e-mail and LINE', async () => {
    const created = await createComplaint(ctx, {
      ...base,
      areaCode: subdistrict.code,
      description: 'ไฟส่องสว่างดับทั้งซอย กลางคืนมืดมาก',
      categoryCode: 'street_lights',
      complainant: {
        name: 'สมชาย ใจดี',
        citizenId: '1-1037-00123-45-8',
        phone: '081 234 5678',
        email: 'Somchai@Example.com',
        lineUserId: `U${'a'.repeat(32)}`,
      },
    });
    const contact = await db.query<{ name: string; citizen_id: string; phone: string; email: string }>(
      'select name, citizen_id, phone, email from complainant_contacts where case_id = $1',
      [created.caseId],
    );
    expect(contact.rows[0]).toEqual({ name: 'สมชาย ใจดี', citizen_id: '1103700123458', phone: '0812345678', email: 'somchai@example.com' });
    const outbox = await db.query<{ channel: string; recipient: string; kind: string; body: string }>(
      'select channel, recipient, kind, body from outbox where case_id = $1 order by channel',
      [created.caseId],
    );
    expect(outbox.rows.map((r) => [r.channel, r.recipient, r.kind])).toEqual([
      ['email', 'somchai@example.com', 'acknowledged_receipt'],
      ['line', `U${'a'.repeat(32)}`, 'acknowledged_receipt'],
    ]);
    expect(outbox.rows[0]!.body).toContain(created.trackingCode);
    const caseRow = await db.query<{ body: string; details: object }>('select body, details from cases where id = $1', [created.caseId]);
    expect(JSON.stringify(caseRow.rows[0])).not.toContain('0812345678');
  });

  it('refuses an invalid citizen ID, phone and e-mail, and writes nothing', async () => {
    const before = await db.query<{ n: number }>('select count(*)::int as n from cases');
    await expect(
      createComplaint(ctx, { ...base, complainant: { citizenId: '1103700123456', phone: '12345', email: 'not-an-email' } }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      fields: [{ path: '/complainant/citizenId' }, { path: '/complainant/phone' }, { path: '/complainant/email' }],
    });
    await expect(createComplaint(ctx, { ...base, categoryCode: 'no_such' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(createComplaint(ctx, { ...base, areaCode: '999999' })).rejects.toMatchObject({ code: 'validation_failed' });
    const after = await db.query<{ n: number }>('select count(*)::int as n from cases');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('answers the same key twice with one complaint and the same answer; another request under that key is a conflict', async () => {
    const input = {
      ...base,
      areaCode: subdistrict.code,
      description: 'ขยะล้นถังหน้าตลาด ส่งกลิ่นเหม็น',
      categoryCode: 'cleanliness',
      idempotencyKey: 'k-1',
    };
    const first = await createComplaint(ctx, input);
    const second = await createComplaint(ctx, input);
    expect(second).toEqual({ ...first, replayed: true });
    const count = await db.query<{ n: number }>('select count(*)::int as n from complaints where tracking_code = $1', [first.trackingCode]);
    expect(count.rows[0]!.n).toBe(1);
    await expect(createComplaint(ctx, { ...input, description: 'เรื่องอื่นทั้งหมด ไม่เหมือนกัน' })).rejects.toMatchObject({ code: 'conflict' });
    // Another caller's key of the same name is theirs.
    const operator = await createStaff(db, { role: 'operator', unitCode: 'OPM-1111' });
    const theirs = await createComplaint({ ...ctx, actor: operator.actor }, { ...input, channel: 'hotline' });
    expect(theirs.replayed).toBe(false);
    expect(theirs.caseId).not.toBe(first.caseId);
  });

  it('shows likely duplicates: same category, same subdistrict or within 200 m, similar text, last 30 days', async () => {
    const location = { lat: 13.8162, lon: 100.5606 };
    const first = await createComplaint(ctx, {
      ...base,
      categoryCode: 'drains',
      description: 'ท่อระบายน้ำอุดตัน น้ำเน่าส่งกลิ่นเหม็นหน้าปากซอย',
      areaCode: subdistrict.code,
      location,
    });
    const near = await createComplaint(ctx, {
      ...base,
      categoryCode: 'drains',
      description: 'ท่อระบายน้ำอุดตัน น้ำเน่าส่งกลิ่นเหม็นมากหน้าปากซอย',
      areaCode: null,
      location: { lat: 13.817, lon: 100.561 }, // about 100 m away
    });
    expect(near.duplicates.map((d) => d.caseId)).toEqual([first.caseId]);
    expect(near.duplicates[0]!.publicId).toBe(first.publicId);
    expect(JSON.stringify(near.duplicates)).not.toContain(first.trackingCode);
    const far = await createComplaint(ctx, {
      ...base,
      categoryCode: 'drains',
      description: 'ท่อระบายน้ำอุดตัน น้ำเน่าส่งกลิ่นเหม็นหน้าปากซอย',
      areaCode: null,
      location: { lat: 13.83, lon: 100.5606 }, // 1.5 km away
    });
    expect(far.duplicates).toEqual([]);
    const otherCategory = await createComplaint(ctx, {
      ...base,
      categoryCode: 'roads',
      description: 'ท่อระบายน้ำอุดตัน น้ำเน่าส่งกลิ่นเหม็นหน้าปากซอย',
      areaCode: subdistrict.code,
    });
    expect(otherCategory.duplicates.map((d) => d.caseId)).not.toContain(first.caseId);
    clock.advanceDays(31);
    const later = await createComplaint(ctx, {
      ...base,
      categoryCode: 'drains',
      description: 'ท่อระบายน้ำอุดตัน น้ำเน่าส่งกลิ่นเหม็นหน้าปากซอย',
      areaCode: subdistrict.code,
    });
    expect(later.duplicates.map((d) => d.caseId)).not.toContain(first.caseId);
  });

  it('writes complaints that arrive together in shared statements, each whole, and one refused alone', async () => {
    let statements = 0;
    const counting: Database = {
      ...db,
      query: (sql, params, options) => {
        if (options?.name === 'intake_write') statements++;
        return db.query(sql, params, options);
      },
    };
    const together = { ...ctx, db: counting };
    await createComplaint(together, { ...base, channel: 'import', externalRef: 'traffy-1', skipDuplicateCheck: true });
    statements = 0;
    const inputs = Array.from({ length: 12 }, (_, n) => ({
      ...base,
      description: `ไฟฟ้าส่องสว่างดับ เสาที่ ${n + 1} หน้าตลาด`,
      categoryCode: 'street_lights',
      areaCode: subdistrict.code,
    }));
    const filed = await Promise.all(inputs.map((input) => createComplaint(together, input)));
    expect(statements).toBeLessThan(inputs.length);
    // A complaint the database refuses (this Traffy ticket is in already) fails alone.
    const again = { ...base, channel: 'import' as const, externalRef: 'traffy-1', skipDuplicateCheck: true };
    const mixed = await Promise.allSettled(
      [...inputs.slice(0, 3), again, ...inputs.slice(3, 6)].map((input) => createComplaint(together, input)),
    );
    expect(mixed.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    filed.push(...mixed.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])));
    expect(new Set(filed.map((r) => r.ref)).size).toBe(18);
    const written = await db.query<{ events: number; assignments: number; complaints: number }>(
      `select (select count(*) from case_events where case_id = any($1::uuid[]))::int as events,
              (select count(*) from assignments where case_id = any($1::uuid[]))::int as assignments,
              (select count(*) from complaints where case_id = any($1::uuid[]) and text_signature is not null)::int as complaints`,
      [filed.map((r) => r.caseId)],
    );
    expect(written.rows[0]).toEqual({ events: 36, assignments: 18, complaints: 18 });
  });

  it('files one complaint when the same key arrives twice at once', async () => {
    const input = { ...base, description: 'น้ำประปาไม่ไหลทั้งซอยตั้งแต่เช้า', categoryCode: 'general', idempotencyKey: 'k-twice' };
    const [a, b] = await Promise.all([createComplaint(ctx, input), createComplaint(ctx, input)]);
    expect(a.caseId).toBe(b.caseId);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    const count = await db.query<{ n: number }>('select count(*)::int as n from complaints where tracking_code = $1', [a.trackingCode]);
    expect(count.rows[0]!.n).toBe(1);
  });

  it('compares texts in SQL as in TypeScript, and signs complaints filed before signatures existed', async () => {
    const [x, y] = ['ท่อระบายน้ำอุดตัน น้ำเน่าส่งกลิ่นเหม็น', 'ท่อระบายน้ำอุดตัน ส่งกลิ่นเหม็นมาก'];
    const inSql = await db.query<{ score: number }>(
      `select trigram_signature_similarity(('x' || $1)::bit(2048), ('x' || $2)::bit(2048)) as score`,
      [textSignatureHex(x), textSignatureHex(y)],
    );
    expect(inSql.rows[0]!.score).toBeCloseTo(signatureSimilarity(textSignature(x), textSignature(y))!, 10);

    const location = { lat: 13.75, lon: 100.49 };
    const old = await createComplaint(ctx, {
      ...base,
      categoryCode: 'trees',
      description: 'กิ่งไม้ใหญ่หักพาดสายไฟ หน้าโรงเรียน',
      areaCode: null,
      location,
    });
    await db.query('update complaints set text_signature = null where case_id = $1', [old.caseId]);
    const ask = { categoryCode: 'trees', description: 'กิ่งไม้ใหญ่หักพาดสายไฟ หน้าโรงเรียนวัด', areaCode: null, location, now: clock.now() };
    expect((await likelyDuplicates(ctx, ask)).map((d) => d.caseId)).not.toContain(old.caseId);
    expect(await signUnsignedComplaints(db)).toBeGreaterThanOrEqual(1);
    expect((await likelyDuplicates(ctx, ask)).map((d) => d.caseId)).toContain(old.caseId);
    expect(await signUnsignedComplaints(db)).toBe(0);
    // A point the fuzz test found: 1e-323 degrees underflowed the distance arithmetic in SQL.
    expect(await likelyDuplicates(ctx, { ...ask, location: { lat: 1e-323, lon: 177 } })).toEqual([]);
  });

  it('routes by the most specific rule, and sees a rule added by another process through the version number', async () => {
    const district = await unitByCode(db, `DO-${subdistrict.district}`);
    const canals = await unitByCode(db, 'MNRE');
    const now = clock.now();
    await db.transaction(async (tx) => {
      await tx.query(
        `insert into complaint_routing_rules (category_code, area_code, unit_id, created_at, updated_at) values
           ('canals', '10', $1, $2, $2), (null, $3, $4, $2, $2)`,
        [canals.id, now, subdistrict.code, district.id],
      );
      await tx.query('update complaint_config_version set version = version + 1');
    });
    const canal = await createComplaint(ctx, {
      ...base,
      categoryCode: 'canals',
      description: 'คลองมีผักตบชวาเต็ม',
      areaCode: subdistrict.district,
    });
    expect(canal.unitCode).toBe('MNRE');
    const subRule = await createComplaint(ctx, {
      ...base,
      categoryCode: 'canals',
      description: 'คลองมีผักตบชวาเต็ม',
      areaCode: subdistrict.code,
    });
    expect(subRule.unitCode).toBe(district.code);
  });

  it('numbers a complaint filed at 00:30 on 1 January Bangkok time (17:30 UTC on 31 December) in the new Buddhist-era year', async () => {
    const before = clock.now();
    clock.set('2026-12-31T17:30:00Z');
    try {
      const filed = await createComplaint(ctx, { ...base, description: 'ไฟจราจรแยกหน้าตลาดดับตั้งแต่ช่วงหัวค่ำวันส่งท้ายปี' });
      expect(filed.ref).toMatch(/^CMP-2570-\d{6}$/);
      // An import is numbered by when the citizen filed it, read days later.
      clock.set('2027-01-04T03:00:00Z');
      const imported = await createComplaint(ctx, {
        ...base,
        channel: 'import',
        description: 'ท่อระบายน้ำอุดตันหน้าโรงเรียน น้ำท่วมขังทุกครั้งที่ฝนตก',
        receivedAt: new Date('2026-12-31T17:30:00Z'),
      });
      expect(imported.ref).toMatch(/^CMP-2570-\d{6}$/);
    } finally {
      clock.set(before);
    }
  });
});
