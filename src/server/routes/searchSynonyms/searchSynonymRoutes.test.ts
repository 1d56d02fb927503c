import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../../../test/support/factories.ts';
import { signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/** Issue #14, item 5: administrators keep the search synonym groups; every change is in the administration trail. */
describe.each(testEngines())('search synonym groups (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  // Terms no seeded default holds, different on each run of the file against one database.
  const tag = Math.random().toString(36).slice(2, 8);
  const term = (word: string) => `${word}${tag}`;
  beforeAll(async () => {
    t = await startTestApp({ engine });
    admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    officer = await signIn(t.app, await createStaff(t.db, { role: 'coordinator', unitCode: 'PH-50' }));
  });
  afterAll(() => t.close());

  const trail = async (id: number) =>
    (
      await t.db.query<{
        action: string;
        actor_user_id: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
      }>(
        `select action, actor_user_id, before, after from audit_events where target_type = 'search_synonym' and target_id = $1 order by id`,
        [String(id)],
      )
    ).rows;

  it('adds a group with its terms normalized, changes it and removes it, each change audited with before and after', async () => {
    const made = await admin.post('/api/search-synonyms', {
      terms: [`  ไฟถนน${tag} `, `STREET  Light ${tag}`, `ไฟถนน${tag}`, 'ไฟส่องสว่าง'.normalize('NFD') + tag],
      note: 'ไฟทาง',
    });
    expect(made.status).toBe(201);
    const id = made.body.id as number;
    const listed = (await admin.get('/api/search-synonyms')).body.items.find((group: { id: number }) => group.id === id);
    expect(listed).toMatchObject({ terms: [`ไฟถนน${tag}`, `street light ${tag}`, `ไฟส่องสว่าง${tag}`], note: 'ไฟทาง' });
    expect(listed.updatedBy).toBe(`ทดสอบ ${admin.staff!.username}`);

    const changed = await admin.request('PUT', `/api/search-synonyms/${id}`, { terms: [`ไฟถนน${tag}`, `หลอดไฟ${tag}`], note: 'ไฟทาง' });
    expect(changed.status).toBe(200);
    expect((await admin.get('/api/search-synonyms')).body.items.find((group: { id: number }) => group.id === id).terms).toEqual([
      `ไฟถนน${tag}`,
      `หลอดไฟ${tag}`,
    ]);

    expect((await admin.delete(`/api/search-synonyms/${id}`)).status).toBe(200);
    expect((await admin.get('/api/search-synonyms')).body.items.some((group: { id: number }) => group.id === id)).toBe(false);
    const again = await admin.delete(`/api/search-synonyms/${id}`);
    expect(`${again.status} ${again.body.error.code}`).toBe('404 not_found');

    const events = await trail(id);
    expect(events.map((event) => event.action)).toEqual(['search_synonym.create', 'search_synonym.update', 'search_synonym.delete']);
    expect(events.every((event) => event.actor_user_id === admin.staff!.id)).toBe(true);
    expect(events[1]).toMatchObject({
      before: { terms: `ไฟถนน${tag}, street light ${tag}, ไฟส่องสว่าง${tag}` },
      after: { terms: `ไฟถนน${tag}, หลอดไฟ${tag}` },
    });
    expect(events[2]!.after).toBeNull();
  });

  it('refuses a term another group holds with 409 synonym_term_taken naming that group, and changes nothing', async () => {
    const first = (await admin.post('/api/search-synonyms', { terms: [term('ขยะ'), term('มูลฝอย')] })).body.id as number;
    const second = (await admin.post('/api/search-synonyms', { terms: [term('ถนน'), term('ทางหลวง')] })).body.id as number;
    const taken = await admin.post('/api/search-synonyms', { terms: [term('เศษขยะ'), term('ขยะ')] });
    expect(`${taken.status} ${taken.body.error.code}`).toBe('409 synonym_term_taken');
    expect(taken.body.error.fields).toEqual([expect.objectContaining({ path: '/terms/1' })]);
    expect(taken.body.error.messageTh).toContain(`กลุ่มที่ ${first}`);
    expect(taken.body.error.message).toContain(`group ${first}`);
    expect((await admin.get('/api/search-synonyms')).body.items.some((g: { terms: string[] }) => g.terms.includes(term('เศษขยะ')))).toBe(
      false,
    );

    const edit = await admin.request('PUT', `/api/search-synonyms/${second}`, { terms: [term('ถนน'), term('มูลฝอย').toUpperCase()] });
    expect(`${edit.status} ${edit.body.error.code}`).toBe('409 synonym_term_taken');
    // A group keeps its own terms when it is saved again.
    expect(
      (await admin.request('PUT', `/api/search-synonyms/${first}`, { terms: [term('ขยะ'), term('มูลฝอย'), term('ขยะมูลฝอย')] })).status,
    ).toBe(200);
    expect(await trail(second)).toHaveLength(1);
  });

  it('says which term to fix, in Thai and English, for each rule a group breaks', async () => {
    const refused = async (body: unknown) => {
      const response = await admin.post('/api/search-synonyms', body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      for (const field of response.body.error.fields) expect(field.th).toMatch(/[\u0E00-\u0E7F]/);
      return response.body.error.fields.map((field: { path: string }) => field.path);
    };
    expect(await refused({ terms: [term('ขยะ'), '   '] })).toEqual(['/terms/1']);
    expect(await refused({ terms: [term('ขยะ'), 'ก'.repeat(61)] })).toEqual(['/terms/1']);
    expect(await refused({ terms: [term('ขยะ'), term('ขยะ')] })).toEqual(['/terms']);
    expect(await refused({ terms: [] })).toEqual(['/terms']);
    expect(await refused({ terms: Array.from({ length: 31 }, (_, i) => term(`คำ${i}`)) })).toEqual(['/terms']);
    expect(await refused({ terms: [term('ขยะ'), 'a,b'] })).toEqual(['/terms/1']);
    expect(await refused({ terms: [term('ขยะ'), term('มูล')], owner: 'x' })).toHaveLength(1);
    // 60 characters of Thai (with combining vowels and tone marks) is allowed.
    expect((await admin.post('/api/search-synonyms', { terms: [term('ขยะ60'), 'น้ำ'.repeat(20)] })).status).toBe(201);
  });

  it('a group an administrator adds is used by the very next search, and its removal too', async () => {
    const operator = await signIn(t.app, await createStaff(t.db, { role: 'operator', unitCode: 'OPM-1111' }));
    const thai = `ผักตบชวา${tag}`;
    const english = `hyacinth${tag}`;
    const filed = await operator.post('/api/complaints', {
      channel: 'hotline',
      categoryCode: 'canals',
      description: `${thai} เต็มคลองหลังตลาด เรือผ่านไม่ได้`,
      areaCode: null,
      location: null,
      complainant: null,
    });
    expect(filed.status).toBe(201);
    const found = async () => (await operator.get(`/api/cases?q=${encodeURIComponent(english)}`)).body.items.length;
    expect(await found()).toBe(0);
    const made = await admin.post('/api/search-synonyms', { terms: [thai, english], note: '' });
    expect(made.status).toBe(201);
    expect(await found()).toBe(1);
    expect((await admin.delete(`/api/search-synonyms/${made.body.id}`)).status).toBe(200);
    expect(await found()).toBe(0);
  });

  it('keeps the groups to administrators', async () => {
    expect((await officer.get('/api/search-synonyms')).status).toBe(403);
    const refused = await officer.post('/api/search-synonyms', { terms: [term('ป้าย'), term('ป้ายจราจร')] });
    expect(`${refused.status} ${refused.body.error.code}`).toBe('403 forbidden');
    const id = (await admin.post('/api/search-synonyms', { terms: [term('ท่อ'), term('ท่อระบายน้ำ')] })).body.id as number;
    expect((await officer.request('PUT', `/api/search-synonyms/${id}`, { terms: [term('ท่อ'), term('รางน้ำ')] })).status).toBe(403);
    expect((await officer.delete(`/api/search-synonyms/${id}`)).status).toBe(403);
    expect(await trail(id)).toHaveLength(1);
  });
});
