import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaint, type ComplaintIntake } from '../../../commands/complaints/createComplaint.ts';
import { ManualClock } from '../../../domain/clock.ts';
import { foldComplaintStatistics } from '../../../jobs/foldComplaintStatistics.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';
import type { AreaComplaintTrendView, ClusterList } from '../../../shared/api/clusters.ts';

/**
 * Issue #11 item 7 end to end: a rise of road complaints in one Bangkok district (12 this month
 * against 1 a month before) is the one cluster found among ordinary months; the delivery unit raises
 * it into a directive that carries its complaints, and the directive's page reads the trend after it.
 */
describe.each(testEngines())('complaint clusters raised into directives (%s)', (engine) => {
  let t: TestApp;
  let pmdu: TestClient;
  let risingDistrict: string;
  let risingSubdistrict: string;
  let steadySubdistrict: string;
  let directiveId: string;

  const file = (areaCode: string, receivedAt: string, n: number, categoryCode = 'roads') => {
    const intake: ComplaintIntake = {
      channel: 'web',
      categoryCode,
      description: `ถนนชำรุดเป็นหลุมลึกจุดที่ ${n} รถล้มบ่อย โทร 0812345678`,
      areaCode,
      location: null,
      complainant: null,
      receivedAt: new Date(receivedAt),
      skipDuplicateCheck: true,
    };
    return createComplaint({ db: t.db, clock: t.clock, actor: null }, intake);
  };
  const fold = () => foldComplaintStatistics({ db: t.db, clock: t.clock });

  beforeAll(async () => {
    t = await startTestApp({ engine, clock: new ManualClock('2030-03-20T03:00:00Z') });
    pmdu = await t.as('delivery_unit', 'PMDU');
    const rows = await t.db.query<{ code: string; parent_code: string }>(
      `select code, parent_code from areas where level = 'subdistrict' and parent_code in ('1030', '1031') order by code`,
    );
    risingSubdistrict = rows.rows.find((r) => r.parent_code === '1030')!.code;
    steadySubdistrict = rows.rows.find((r) => r.parent_code === '1031')!.code;
    risingDistrict = '1030';
    let n = 0;
    for (const month of ['2029-09', '2029-10', '2029-11', '2029-12', '2030-01', '2030-02']) {
      await file(risingSubdistrict, `${month}-10T03:00:00Z`, n++);
      // The steady district: 3 a month, then 10 this month, which the rule leaves alone (p ≈ 0.0011).
      for (let i = 0; i < 3; i++) await file(steadySubdistrict, `${month}-11T03:00:00Z`, n++);
    }
    for (let i = 0; i < 12; i++) await file(risingSubdistrict, `2030-03-0${1 + (i % 9)}T03:00:00Z`, n++);
    for (let i = 0; i < 10; i++) await file(steadySubdistrict, `2030-03-0${1 + (i % 9)}T04:00:00Z`, n++);
    await fold();
  });
  afterAll(() => t.close());

  it('finds exactly the rising district, with its figures, trend and masked evidence', async () => {
    const response = await pmdu.get<ClusterList>('/api/complaint-clusters');
    expect(response.status).toBe(200);
    expect(response.body.months).toEqual(['2030-03', '2030-02']);
    expect(response.body.rule).toMatchObject({ minimumCount: 10, baselineMonths: 6, maxProbability: 0.001 });
    expect(response.body.clusters).toHaveLength(1);
    const [cluster] = response.body.clusters;
    expect(cluster).toMatchObject({
      district: { code: risingDistrict },
      category: { code: 'roads' },
      month: '2030-03',
      received: 12,
      baselineMean: 1,
      ratio: 12,
      directive: null,
    });
    expect(cluster!.trend.map((m) => m.received)).toEqual([1, 1, 1, 1, 1, 1, 12]);
    expect(cluster!.trend[0]!.month).toBe('2029-09');
    expect(cluster!.evidence).toHaveLength(10);
    for (const complaint of cluster!.evidence) {
      expect(complaint.publicId).toMatch(/^[0-9a-z]{12}$/);
      expect(complaint.title).not.toContain('0812345678');
      expect(Object.keys(complaint).sort()).toEqual(['caseId', 'publicId', 'receivedAt', 'status', 'title']);
    }
  });

  it('shows clusters to national reach only', async () => {
    const coordinator = await t.as('coordinator', 'PH-50');
    expect((await coordinator.get('/api/complaint-clusters')).status).toBe(403);
    expect((await (await t.as('admin', 'RTG')).get('/api/complaint-clusters')).status).toBe(200);
  });

  it('raises the cluster into a directive that carries it and its complaints, once', async () => {
    const body = { districtCode: risingDistrict, categoryCode: 'roads', month: '2030-03' };
    const raised = await pmdu.post<{ id: string; ref: string }>('/api/complaint-clusters/raise', body);
    expect(raised.status).toBe(201);
    expect(raised.body.ref).toMatch(/^DIR-2573-/);
    directiveId = raised.body.id;

    const detail = await pmdu.get(`/api/cases/${directiveId}`);
    expect(detail.body.case).toMatchObject({ kind: 'directive', areaCode: risingDistrict, category: 'roads', priority: 'high' });
    expect(detail.body.case.ownerUnit.code).toBe('PMDU');
    expect(detail.body.case.details.clusterOrigin).toMatchObject({
      districtCode: risingDistrict,
      categoryCode: 'roads',
      month: '2030-03',
      received: 12,
      previous: [1, 1, 1, 1, 1, 1],
      baselineMean: 1,
      evidenceCount: 12,
      rule: { minimumCount: 10, baselineMonths: 6 },
    });
    const evidence = await t.db.query('select complaint_case_id from cluster_evidence where case_id = $1', [directiveId]);
    expect(evidence.rows).toHaveLength(12);
    const events = await pmdu.get(`/api/cases/${directiveId}/events`);
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual(['created', 'cluster_raised']);

    expect((await pmdu.post('/api/complaint-clusters/raise', body)).status).toBe(409);
    const list = await pmdu.get<ClusterList>('/api/complaint-clusters');
    expect(list.body.clusters[0]!.directive).toEqual({ id: directiveId, ref: raised.body.ref });
    // The steady district is no cluster, so it cannot be raised.
    expect((await pmdu.post('/api/complaint-clusters/raise', { ...body, districtCode: '1031' })).status).toBe(404);
    // Only roles that open directives raise them.
    expect((await (await t.as('admin', 'RTG')).post('/api/complaint-clusters/raise', body)).status).toBe(403);
  });

  it('then goes through the normal assignment flow', async () => {
    const assigned = await pmdu.post(`/api/cases/${directiveId}/assignments`, {
      targets: { unitCodes: [`DO-${risingDistrict}`] },
      role: 'lead',
    });
    expect(assigned.status).toBeLessThan(300);
  });

  it("shows the complaint trend in the directive's area before and after it was issued", async () => {
    await file(risingSubdistrict, '2030-04-05T03:00:00Z', 900);
    await file(risingSubdistrict, '2030-04-06T03:00:00Z', 901);
    await file(risingSubdistrict, '2030-05-05T03:00:00Z', 902);
    t.clock.set(new Date('2030-05-20T03:00:00Z'));
    await fold();
    pmdu = await t.as('delivery_unit', 'PMDU'); // two months on, the first session has expired
    const trend = await pmdu.get<AreaComplaintTrendView>(`/api/cases/${directiveId}/complaint-trend`);
    expect(trend.status).toBe(200);
    expect(trend.body).toMatchObject({ area: { code: risingDistrict }, category: { code: 'roads' }, issuedMonth: '2030-03' });
    expect(trend.body.months.map((m) => `${m.month}:${m.received}`)).toEqual([
      '2029-09:1',
      '2029-10:1',
      '2029-11:1',
      '2029-12:1',
      '2030-01:1',
      '2030-02:1',
      '2030-03:12',
      '2030-04:2',
      '2030-05:1',
    ]);
    expect(trend.body.evidence).toHaveLength(12);
    const outside = await t.as('officer', 'PH-50');
    expect((await outside.get(`/api/cases/${directiveId}/complaint-trend`)).status).toBe(404);
  });
});
