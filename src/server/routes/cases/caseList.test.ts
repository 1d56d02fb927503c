import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/support/testApp.ts';
import { testEngines } from '../../../../test/support/testDatabase.ts';

describe.each(testEngines())('case list filters and keyset pages (%s)', (engine) => {
  let t: TestApp;
  let pmdu: TestClient;
  const made: { id: string; kind: string; province: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp({ engine });
    pmdu = await t.as('delivery_unit', 'PMDU');
    const plan = [
      { kind: 'directive', province: '50', dueDate: '2020-01-01' },
      { kind: 'policy', province: '52', dueDate: null },
      { kind: 'directive', province: '52', dueDate: null },
      { kind: 'cabinet_resolution', province: '50', dueDate: null },
      { kind: 'directive', province: '10', dueDate: null },
    ];
    for (const [index, item] of plan.entries()) {
      t.clock.advanceMs(60_000);
      const created = await pmdu.post('/api/cases', {
        kind: item.kind,
        title: `เรื่องทดสอบตัวกรอง ${index}`,
        category: index % 2 ? 'roads' : 'lights',
        dueDate: item.dueDate,
        assignments: [{ targets: { unitCodes: [`PH-${item.province}`] } }],
      });
      expect(created.status).toBe(201);
      made.push({ id: created.body.case.id, kind: item.kind, province: item.province });
    }
  });
  afterAll(() => t.close());

  const ids = async (query: string) => (await pmdu.get(`/api/cases?${query}`)).body.items.map((i: { id: string }) => i.id) as string[];
  const expected = (pick: (m: (typeof made)[number], index: number) => boolean) =>
    made
      .filter(pick)
      .map((m) => m.id)
      .reverse();

  it('filters by kind, category, area of the units holding the case, unit subtree and overdue', async () => {
    expect(await ids('kind=directive')).toEqual(expected((m) => m.kind === 'directive'));
    expect(await ids('kind=policy,cabinet_resolution')).toEqual(expected((m) => m.kind !== 'directive'));
    expect(await ids('category=roads')).toEqual(expected((_m, i) => i % 2 === 1));
    expect(await ids('area=52')).toEqual(expected((m) => m.province === '52'));
    const lampang = (await t.db.query<{ id: string }>(`select id from units where code = 'PH-52'`)).rows[0]!.id;
    expect(await ids(`unitId=${lampang}`)).toEqual(expected((m) => m.province === '52'));
    expect(await ids('overdue=true')).toEqual([made[0]!.id]);
    expect((await ids('overdue=false')).includes(made[0]!.id)).toBe(false);
    expect(await ids('status=completed')).toEqual([]);
  });

  it('filters by creation dates in Bangkok days', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(t.clock.now());
    expect((await ids(`createdFrom=${today}&createdTo=${today}`)).length).toBeGreaterThanOrEqual(made.length - 1);
    expect(await ids('createdTo=2000-01-01')).toEqual([]);
  });

  it('pages with a keyset cursor, newest first, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await pmdu.get(
        `/api/cases?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(made.map((m) => m.id).reverse());
    const bad = await pmdu.get('/api/cases?cursor=bm90LWEtY3Vyc29y');
    expect(bad.status).toBe(400);
  });
});
