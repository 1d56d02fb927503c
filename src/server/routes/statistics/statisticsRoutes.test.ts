import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../domain/clock.ts';
import { foldComplaintStatistics } from '../../../jobs/foldComplaintStatistics.ts';
import { createStaff, unitByCode } from '../../../../test/support/factories.ts';
import { anonymous, signIn, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/**
 * The statistics follow a complaint through the real API: filed by a citizen, acknowledged and
 * fixed by the district office, rated; each step is in the figures after the next fold, and anyone
 * may read them. Bad scopes and periods get a 4xx with the reason, never a 500.
 */
describe.each(testEngines())('complaint statistics over HTTP (%s)', (engine) => {
  let t: TestApp;
  let citizen: TestClient;
  let office: TestClient;
  let clock: ManualClock;

  beforeAll(async () => {
    clock = new ManualClock('2026-03-02T02:00:00Z');
    t = await startTestApp({ engine, clock });
    citizen = anonymous(t.app);
    office = await signIn(t.app, await createStaff(t.db, { role: 'officer', unitCode: (await unitByCode(t.db, 'DO-1005')).code }));
  });
  afterAll(() => t.close());

  const read = async (query: string) => {
    await foldComplaintStatistics({ db: t.db, clock });
    return citizen.get(`/api/statistics/complaints?${query}`);
  };

  it('counts a complaint from filing to a rating, at the district, its province, its zone and the country', async () => {
    const subdistrict = (await t.db.query<{ code: string }>(`select code from areas where parent_code = '1005' order by code limit 1`))
      .rows[0]!.code;
    const filed = await citizen.post('/api/public/complaints', {
      categoryCode: 'roads',
      description: 'ถนนหน้าตลาดเป็นหลุมลึก รถจักรยานยนต์ล้มทุกวัน',
      areaCode: subdistrict,
      location: { lat: 13.73, lon: 100.53 },
      complainant: { name: 'มานี มีนา', email: 'manee@example.com' },
    });
    expect(filed.status).toBe(201);
    const code = filed.body.trackingCode as string;
    const caseId = (await t.db.query<{ case_id: string }>('select case_id from complaints where tracking_code = $1', [code])).rows[0]!
      .case_id;

    let stats = await read('scope=d:1005&fiscalYear=2569');
    expect(stats.status).toBe(200);
    expect(stats.body.totals).toMatchObject({ received: 1, resolved: 0, inProgress: 1, resolutionRate: 0 });
    expect(stats.body.scope).toMatchObject({ kind: 'district', code: '1005' });
    expect(stats.body.parent).toMatchObject({ scope: 'p:10' });

    const lead = (await office.get(`/api/complaints/${caseId}`)).body.lead.assignmentId as string;
    expect((await office.post(`/api/assignments/${lead}/acknowledge`, {})).status).toBe(200);
    clock.advanceDays(3);
    // Three days on, the session of the morning has expired: the officer signs in again.
    office = await signIn(t.app, office.staff!);
    expect((await office.post(`/api/assignments/${lead}/complete`, { note: 'ซ่อมหลุมแล้ว' })).status).toBe(200);
    expect((await citizen.post(`/api/public/complaints/${code}/rating`, { rating: 5 })).status).toBe(200);

    for (const scope of ['d:1005', 'p:10', 'TH']) {
      stats = await read(`scope=${scope}&fiscalYear=2569`);
      expect(stats.body.totals).toMatchObject({
        received: 1,
        resolved: 1,
        resolutionRate: 1,
        medianDays: 3,
        rated: 1,
        averageRating: 5,
        acknowledgedOnTimeRate: 1,
      });
      expect(stats.body.byCategory[0]).toMatchObject({ key: 'roads', received: 1 });
      expect(stats.body.byMonth.find((m: { month: string }) => m.month === '2026-03').received).toBe(1);
    }
    const national = await read('fiscalYear=2569');
    expect(national.body.areas).toHaveLength(77);
    expect(national.body.areas.find((a: { code: string }) => a.code === '10').received).toBe(1);
    // The year before had none: the trend compares with zero, not with nothing.
    expect(national.body.previousYear.received).toBe(0);
  });

  it('refuses a malformed scope or period with the reason, and an unknown place as not found', async () => {
    for (const query of ['scope=p:1', 'scope=province', 'from=2026-05&to=2026-01', 'from=2026-01', 'fiscalYear=99', 'scope=TH&x=1']) {
      const response = await citizen.get(`/api/statistics/complaints?${query}`);
      expect([query, response.status]).toEqual([query, 400]);
      expect(response.body.error.messageTh).toBeTruthy();
    }
    expect((await citizen.get('/api/statistics/complaints?scope=p:99')).status).toBe(404);
    expect((await citizen.get('/api/statistics/complaints?scope=u:00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
