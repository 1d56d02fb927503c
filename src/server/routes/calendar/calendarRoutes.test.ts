import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../../../test/support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/** Issue 16: administrators keep the public-holiday calendar and each agency's official-information service level. */
describe.each(testEngines())('working-day calendar routes (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let coordinator: TestClient;
  const unitId = async (code: string) => (await t.db.query<{ id: string }>('select id from units where code = $1', [code])).rows[0]!.id;
  const trail = async (targetType: string, targetId: string) =>
    (
      await t.db.query<{ action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
        'select action, before, after from audit_events where target_type = $1 and target_id = $2 order by id',
        [targetType, targetId],
      )
    ).rows;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    admin = await signIn(t.app, await createStaff(t.db, { role: 'admin', unitCode: 'RTG' }));
    coordinator = await signIn(t.app, await createStaff(t.db, { role: 'coordinator', unitCode: 'PH-50' }));
  });
  afterAll(() => t.close());

  it('lists the shipped holidays by year, Songkran among them', async () => {
    const listed = await admin.get('/api/public-holidays?year=2026');
    expect(listed.status).toBe(200);
    expect(listed.body.year).toBe(2026);
    expect(listed.body.years).toEqual(expect.arrayContaining([2027, 2026]));
    const days = listed.body.items.map((item: { day: string }) => item.day);
    expect(days).toEqual(expect.arrayContaining(['2026-04-13', '2026-04-14', '2026-04-15']));
    expect(days.every((day: string) => day.startsWith('2026-'))).toBe(true);
    expect(listed.body.items.find((item: { day: string }) => item.day === '2026-04-13').nameTh).toBe('วันสงกรานต์');
  });

  it('adds, renames and removes a holiday, each change audited; a repeat is 409, a missing one 404', async () => {
    const made = await admin.post('/api/public-holidays', { day: '2026-11-16', nameTh: ' วันหยุดพิเศษ ', nameEn: 'Special holiday' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ day: '2026-11-16', nameTh: 'วันหยุดพิเศษ', nameEn: 'Special holiday' });
    const again = await admin.post('/api/public-holidays', { day: '2026-11-16', nameTh: 'ซ้ำ', nameEn: 'Again' });
    expect(`${again.status} ${again.body.error.code}`).toBe('409 conflict');
    expect(again.body.error.messageTh).toContain('16 พฤศจิกายน 2569');

    expect(
      (await admin.request('PUT', '/api/public-holidays/2026-11-16', { nameTh: 'วันหยุดพิเศษเพิ่มเติม', nameEn: 'Special holiday' })).status,
    ).toBe(200);
    expect((await admin.delete('/api/public-holidays/2026-11-16')).status).toBe(200);
    const gone = await admin.delete('/api/public-holidays/2026-11-16');
    expect(`${gone.status} ${gone.body.error.code}`).toBe('404 not_found');

    const events = await trail('public_holiday', '2026-11-16');
    expect(events.map((event) => event.action)).toEqual(['public_holiday.create', 'public_holiday.update', 'public_holiday.delete']);
    expect(events[1]).toMatchObject({ before: { nameTh: 'วันหยุดพิเศษ' }, after: { nameTh: 'วันหยุดพิเศษเพิ่มเติม' } });
  });

  it('refuses bad dates with 400 validation_failed, in Thai and English', async () => {
    for (const day of ['2027-02-29', '2026-13-01', '26-01-01', '2026-4-1']) {
      const refused = await admin.post('/api/public-holidays', { day, nameTh: 'วันหยุด', nameEn: 'Holiday' });
      expect(`${day} ${refused.status} ${refused.body.error.code}`).toBe(`${day} 400 validation_failed`);
      expect(refused.body.error.messageTh).toBeTruthy();
    }
    expect((await admin.delete('/api/public-holidays/2026-02-30')).status).toBe(400);
    expect((await admin.get('/api/public-holidays?year=2569x')).status).toBe(400);
    const blank = await admin.post('/api/public-holidays', { day: '2026-11-17', nameTh: '   ', nameEn: 'Holiday' });
    expect(`${blank.status} ${blank.body.error.code} ${blank.body.error.fields[0].path}`).toBe('400 validation_failed /nameTh');
  });

  it('refuses anyone but an administrator: 401 signed out, 403 signed in', async () => {
    const nobody = anonymous(t.app);
    expect((await nobody.get('/api/public-holidays')).status).toBe(401);
    expect((await nobody.get(`/api/info-request-service-levels/${await unitId('PH-50')}`)).status).toBe(401);
    expect((await coordinator.get('/api/public-holidays')).status).toBe(403);
    const refused = await coordinator.post('/api/public-holidays', { day: '2026-11-18', nameTh: 'วันหยุด', nameEn: 'Holiday' });
    expect(`${refused.status} ${refused.body.error.code}`).toBe('403 forbidden');
    expect((await coordinator.delete('/api/public-holidays/2026-04-13')).status).toBe(403);
    const figures = {
      acknowledgeWorkingDays: 2,
      resolveWorkingDays: 10,
      longOverdueWorkingDays: 20,
      escalateEveryWorkingDays: 5,
      maxEscalationLevels: 2,
    };
    expect((await coordinator.request('PUT', `/api/info-request-service-levels/${await unitId('PH-50')}`, figures)).status).toBe(403);
  });

  it("sets an agency's own service level, which the units below it inherit, and removes it again", async () => {
    const province = await unitId('PH-50');
    const district = await unitId('DO-5001');
    const before = await admin.get(`/api/info-request-service-levels/${district}`);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      own: null,
      inherited: { from: null, figures: { acknowledgeWorkingDays: 2, resolveWorkingDays: 15, longOverdueWorkingDays: 30 } },
    });

    const figures = {
      acknowledgeWorkingDays: 1,
      resolveWorkingDays: 10,
      longOverdueWorkingDays: 20,
      escalateEveryWorkingDays: 5,
      maxEscalationLevels: 2,
    };
    const set = await admin.request('PUT', `/api/info-request-service-levels/${province}`, figures);
    expect(set.status).toBe(200);
    expect(set.body.own).toEqual(figures);
    const below = await admin.get(`/api/info-request-service-levels/${district}`);
    expect(below.body).toMatchObject({ own: null, inherited: { from: { code: 'PH-50' }, figures } });

    const changed = await admin.request('PUT', `/api/info-request-service-levels/${province}`, { ...figures, resolveWorkingDays: 12 });
    expect(changed.body.own.resolveWorkingDays).toBe(12);
    expect((await admin.delete(`/api/info-request-service-levels/${province}`)).status).toBe(200);
    expect((await admin.get(`/api/info-request-service-levels/${district}`)).body.inherited.from).toBeNull();
    expect((await admin.delete(`/api/info-request-service-levels/${province}`)).status).toBe(404);

    const events = await trail('service_level', 'info_request:PH-50');
    expect(events.map((event) => event.action)).toEqual(['service_level.create', 'service_level.update', 'service_level.delete']);
    expect(events[1]).toMatchObject({ before: { resolveWorkingDays: 10 }, after: { resolveWorkingDays: 12 } });
  });

  it('refuses figures that contradict each other or leave their ranges', async () => {
    const province = await unitId('PH-51');
    const base = {
      acknowledgeWorkingDays: 2,
      resolveWorkingDays: 15,
      longOverdueWorkingDays: 30,
      escalateEveryWorkingDays: 10,
      maxEscalationLevels: 3,
    };
    const early = await admin.request('PUT', `/api/info-request-service-levels/${province}`, { ...base, longOverdueWorkingDays: 15 });
    expect(`${early.status} ${early.body.error.code} ${early.body.error.fields[0].path}`).toBe(
      '400 validation_failed /longOverdueWorkingDays',
    );
    expect((await admin.request('PUT', `/api/info-request-service-levels/${province}`, { ...base, resolveWorkingDays: 0 })).status).toBe(
      400,
    );
    expect((await admin.request('PUT', `/api/info-request-service-levels/${province}`, { ...base, extra: 1 })).status).toBe(400);
    const unknown = await admin.get('/api/info-request-service-levels/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
  });
});
