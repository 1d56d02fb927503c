import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../../../test/support/caseFixtures.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

/**
 * A ministry cascades to its provincial offices by every selection the cascade
 * page offers (issue #13, item 9): all of a kind, by province, by inspection
 * zone, by province group; the preview counts what sending would send, and
 * nothing outside the ministry's own tree can be reached.
 */
describe.each(testEngines())('cascading by kind and area (%s)', (engine) => {
  let t: TestApp;
  let f: CaseFixtures;
  let ministry: TestClient;
  beforeAll(async () => {
    t = await startTestApp({ engine });
    f = new CaseFixtures(t.db, t.clock);
    ministry = await t.as('coordinator', 'MSDHS');
  });
  afterAll(() => t.close());

  /** A directive sent to the ministry and acknowledged by it: its assignment id. */
  async function ministryAssignment(): Promise<string> {
    const { assignmentIds } = await f.directive({ to: ['MSDHS'] });
    await f.bringTo(assignmentIds['MSDHS']!, 'MSDHS', 'acknowledged');
    return assignmentIds['MSDHS']!;
  }

  /** The ministry's provincial office codes in the provinces of a grouping, from the reference data. */
  async function officesIn(groupingId: string): Promise<string[]> {
    const rows = await t.db.query<{ province_code: string }>('select province_code from area_grouping_members where grouping_id = $1', [
      groupingId,
    ]);
    return rows.rows.map((row) => `MSDHS-P-${row.province_code}`).sort();
  }

  const codes = (body: { created: { code: string }[] }) => body.created.map((c) => c.code).sort();

  it('reaches exactly the provincial offices of one inspection zone', async () => {
    const id = await ministryAssignment();
    const expected = await officesIn('zone:1');
    expect(expected.length).toBeGreaterThan(1);
    const preview = await ministry.post(`/api/assignments/${id}/cascade/preview`, {
      targets: { kind: 'provincial_office', groupingId: 'zone:1' },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.willReceive).toBe(expected.length);
    expect(preview.body.items.map((u: { code: string }) => u.code).sort()).toEqual(expected);

    const sent = await ministry.post(`/api/assignments/${id}/cascade`, { targets: { kind: 'provincial_office', groupingId: 'zone:1' } });
    expect(sent.status).toBe(201);
    expect(codes(sent.body)).toEqual(expected);
  });

  it('reaches a province group, and named provinces', async () => {
    const id = await ministryAssignment();
    const group = await ministry.post(`/api/assignments/${id}/cascade`, { targets: { kind: 'provincial_office', groupingId: 'group:2' } });
    expect(group.status).toBe(201);
    expect(codes(group.body)).toEqual(await officesIn('group:2'));

    const provinces = await ministry.post(`/api/assignments/${id}/cascade`, {
      targets: { kind: 'provincial_office', provinceCodes: ['50', '52'] },
    });
    expect(provinces.status).toBe(201);
    expect(codes(provinces.body)).toEqual(['MSDHS-P-50', 'MSDHS-P-52']);
  });

  it('previews every provincial office a page at a time, and counts those that already hold the case', async () => {
    const id = await ministryAssignment();
    const all = await ministry.post(`/api/assignments/${id}/cascade/preview`, { targets: { kind: 'provincial_office' } });
    const offices = await t.db.query<{ n: number }>(`select count(*)::int as n from units where code like 'MSDHS-P-%' and active`);
    expect(all.body).toMatchObject({ willReceive: offices.rows[0]!.n, alreadyHolding: 0, total: offices.rows[0]!.n, offset: 0 });
    expect(all.body.items).toHaveLength(20);
    const second = await ministry.post(`/api/assignments/${id}/cascade/preview`, { targets: { kind: 'provincial_office' }, offset: 20 });
    expect(second.body.items[0].code > all.body.items[19].code).toBe(true);

    await ministry.post(`/api/assignments/${id}/cascade`, { targets: { kind: 'provincial_office', provinceCodes: ['50'] } });
    const after = await ministry.post(`/api/assignments/${id}/cascade/preview`, {
      targets: { kind: 'provincial_office', provinceCodes: ['50', '52'] },
    });
    expect(after.body).toMatchObject({ willReceive: 1, alreadyHolding: 1, total: 2 });
    expect(after.body.items.map((u: { code: string; holds: boolean }) => [u.code, u.holds])).toEqual([
      ['MSDHS-P-50', true],
      ['MSDHS-P-52', false],
    ]);
  });

  it('refuses units outside the ministry, unknown zones and provinces, and kinds that are not below it', async () => {
    const id = await ministryAssignment();
    const outside = await ministry.post(`/api/assignments/${id}/cascade`, { targets: { unitCodes: ['PH-50'] } });
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe('invalid_target');
    const outsidePreview = await ministry.post(`/api/assignments/${id}/cascade/preview`, { targets: { unitCodes: ['PH-50'] } });
    expect(outsidePreview.status).toBe(422);

    const zone = await ministry.post(`/api/assignments/${id}/cascade`, { targets: { kind: 'provincial_office', groupingId: 'zone:99' } });
    expect(zone.status).toBe(422);
    expect(zone.body.error.code).toBe('invalid_target');
    expect(JSON.stringify(zone.body.error)).toContain('zone:99');
    const province = await ministry.post(`/api/assignments/${id}/cascade`, {
      targets: { kind: 'provincial_office', provinceCodes: ['99'] },
    });
    expect(province.status).toBe(422);

    const halls = await ministry.post(`/api/assignments/${id}/cascade`, { targets: { kind: 'provincial_hall', groupingId: 'zone:1' } });
    expect(halls.status).toBe(422);
    expect(JSON.stringify(halls.body.error)).toContain('ไม่มีหน่วยงานประเภทนี้ในพื้นที่ที่เลือกภายใต้หน่วยงานของคุณ');
    const nothing = await ministry.post(`/api/assignments/${id}/cascade/preview`, { targets: { kind: 'provincial_hall' } });
    expect(nothing.body).toMatchObject({ willReceive: 0, total: 0 });
  });

  it('keeps a province within its own tree: a provincial hall reaches no ministry office by zone', async () => {
    const { assignmentIds } = await f.directive({ to: ['PH-50'] });
    await f.bringTo(assignmentIds['PH-50']!, 'PH-50', 'acknowledged');
    const province = await t.as('coordinator', 'PH-50');
    const zone = (
      await t.db.query<{ grouping_id: string }>(
        `select grouping_id from area_grouping_members where grouping_id like 'zone:%' and province_code = '50'`,
      )
    ).rows[0]!.grouping_id;
    const refused = await province.post(`/api/assignments/${assignmentIds['PH-50']}/cascade`, {
      targets: { kind: 'provincial_office', groupingId: zone },
    });
    expect(refused.status).toBe(422);
    const districts = await province.post(`/api/assignments/${assignmentIds['PH-50']}/cascade/preview`, {
      targets: { kind: 'district_office', groupingId: zone },
    });
    expect(districts.status).toBe(200);
    expect(districts.body.items.every((u: { code: string }) => u.code.startsWith('DO-50'))).toBe(true);
    expect(districts.body.total).toBeGreaterThan(20);
  });
});
