import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldComplaintStatistics } from '../../../jobs/foldComplaintStatistics.ts';
import { unitByCode } from '../../../../test/support/factories.ts';
import { anonymous, startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('walking and moving the unit tree (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp({ engine });
    admin = await t.as('admin', 'RTG');
  });
  afterAll(() => t.close());

  const unique = () => Math.random().toString(36).slice(2, 8).toUpperCase();
  const makeUnit = async (parentCode: string, kind: string, nameTh: string) => {
    const made = await admin.post('/api/units', { code: `T-${unique()}`, parentId: (await unitByCode(t.db, parentCode)).id, kind, nameTh });
    expect(made.status).toBe(201);
    return made.body.unit as { id: string; code: string };
  };
  const receivedIn = async (scope: string) => {
    const rows = await t.db.query<{ n: number }>(
      `select coalesce(sum(received), 0)::int as n from complaint_stats where scope = $1 and dim = 'all' and grain = 'month'`,
      [scope],
    );
    return rows.rows[0]!.n;
  };

  it('pages a unit’s children with the total, and searches below a unit, with areas named with their parents', async () => {
    const officer = await t.as('officer', 'DO-5001');
    const top = await officer.get('/api/unit-tree');
    expect(top.status).toBe(200);
    expect(top.body).toMatchObject({ parent: null, total: 1, items: [{ code: 'RTG' }] });

    const moi = await unitByCode(t.db, 'MOI');
    const first = await officer.get(`/api/unit-tree?parentId=${moi.id}&limit=20`);
    expect(first.body.items).toHaveLength(20);
    expect(first.body.total).toBeGreaterThan(20);
    const second = await officer.get(`/api/unit-tree?parentId=${moi.id}&limit=20&offset=20`);
    expect(second.body.total).toBe(first.body.total);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);

    const hall = await unitByCode(t.db, 'PH-50');
    const search = await officer.get(`/api/unit-tree?parentId=${hall.id}&q=${encodeURIComponent('เมืองเชียงใหม่')}`);
    expect(search.body.parent.unit.code).toBe('PH-50');
    expect(search.body.parent.ancestors.map((u: { code: string }) => u.code)).toEqual(['RTG', 'MOI']);
    const mueang = search.body.items.find((u: { code: string }) => u.code === 'DO-5001');
    expect(mueang.parentName.th).toBe('ศาลากลางจังหวัดเชียงใหม่');
    expect(mueang.area.map((a: { level: string; name: { th: string } }) => [a.level, a.name.th])).toEqual([
      ['district', 'เมืองเชียงใหม่'],
      ['province', 'เชียงใหม่'],
    ]);
    expect((await anonymous(t.app).get('/api/unit-tree')).status).toBe(401);
    expect((await officer.get('/api/unit-tree?offset=-1')).body.error.code).toBe('validation_failed');
  });

  it('moves a unit with its branch, records it, and refuses cycles and kinds that do not fit', async () => {
    const division = await makeUnit('PH-50', 'division', 'กลุ่มงานย้ายได้');
    const point = await makeUnit(division.code, 'service_point', 'จุดบริการในกลุ่มงาน');
    const bangkok = await unitByCode(t.db, 'PH-10');

    const moved = await admin.post(`/api/units/${division.id}/move`, { parentId: bangkok.id });
    expect(moved.status).toBe(200);
    expect(moved.body.parentId).toBe(bangkok.id);
    const child = await admin.get(`/api/units/${point.id}`);
    expect(child.body.ancestors.map((u: { code: string }) => u.code)).toEqual(['RTG', 'MOI', 'PH-10', division.code]);
    const trail = await t.db.query<{ action: string; before: unknown; after: unknown }>(
      `select action, before, after from audit_events where target_type = 'unit' and target_id = $1 order by id`,
      [division.id],
    );
    expect(trail.rows.at(-1)).toMatchObject({ action: 'unit.move', before: { parentCode: 'PH-50' }, after: { parentCode: 'PH-10' } });

    const cycle = await admin.post(`/api/units/${division.id}/move`, { parentId: point.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.code).toBe('validation_failed');
    expect(cycle.body.error.fields[0].th).toContain('ใต้ตัวเอง');
    const self = await admin.post(`/api/units/${division.id}/move`, { parentId: division.id });
    expect(self.body.error.fields[0].en).toContain('under itself');

    const office = await unitByCode(t.db, 'DO-5002');
    const underMinistry = await admin.post(`/api/units/${office.id}/move`, { parentId: (await unitByCode(t.db, 'MOI')).id });
    expect(underMinistry.status).toBe(400);
    expect(underMinistry.body.error.fields[0]).toMatchObject({ path: '/parentId', en: expect.stringContaining('provincial hall') });
    const root = await admin.post(`/api/units/${(await unitByCode(t.db, 'RTG')).id}/move`, { parentId: bangkok.id });
    expect(root.status).toBe(400);

    const officer = await t.as('officer', 'DO-5001');
    expect((await officer.post(`/api/units/${division.id}/move`, { parentId: (await unitByCode(t.db, 'PH-50')).id })).status).toBe(403);
    const badKind = await admin.post('/api/units', { code: `T-${unique()}`, parentId: point.id, kind: 'division', nameTh: 'ใต้จุดบริการ' });
    expect(badKind.status).toBe(400);
  });

  it('keeps the complaint figures of the old and new parents right when a district office moves', async () => {
    const citizen = anonymous(t.app);
    const filed = await citizen.post('/api/public/complaints', {
      categoryCode: 'roads',
      description: 'ถนนหน้าวัดเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย',
      areaCode: '500301',
      location: { lat: 18.79, lon: 98.98 },
      complainant: { name: 'มานี มีนา', email: 'manee@example.com' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    await foldComplaintStatistics({ db: t.db, clock: t.clock });
    const office = await unitByCode(t.db, 'DO-5003');
    const oldHall = await unitByCode(t.db, 'PH-50');
    const newHall = await unitByCode(t.db, 'PH-51');
    const before = {
      old: await receivedIn(`u:${oldHall.id}`),
      new: await receivedIn(`u:${newHall.id}`),
      own: await receivedIn(`u:${office.id}`),
    };
    expect(before.own).toBeGreaterThan(0);

    expect((await admin.post(`/api/units/${office.id}/move`, { parentId: newHall.id })).status).toBe(200);
    expect(await receivedIn(`u:${oldHall.id}`)).toBe(before.old - before.own);
    expect(await receivedIn(`u:${newHall.id}`)).toBe(before.new + before.own);
    expect(await receivedIn(`u:${office.id}`)).toBe(before.own);
    await admin.post(`/api/units/${office.id}/move`, { parentId: oldHall.id });
  });
});
