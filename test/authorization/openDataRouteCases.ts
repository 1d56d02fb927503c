import { readOpenDataCatalogue } from '../../src/commands/opendata/readOpenDataCatalogue.ts';
import { storeOpenDataFile } from '../../src/db/queries/openDataFileStore.ts';
import { all, same, type Ctx, type RouteCase } from './kit.ts';

/**
 * The open-data routes' cells of the authorization matrix: the CKAN Action API and the downloads
 * are public (harvesters and the public hold no account), so every role, inside or outside, and an
 * anonymous caller get the same answer. Complaint statistics are published by default.
 */
async function statisticsCsvPath(ctx: Ctx): Promise<string> {
  const find = async () =>
    (await readOpenDataCatalogue(ctx.t.db)).datasets
      .find((dataset) => dataset.name === 'complaint-statistics')
      ?.resources.find((file) => file.format === 'csv')?.filePath;
  const existing = await find();
  if (existing) return existing;
  const bytes = Buffer.from('\uFEFFmonth,received\n2026-01,12\n', 'utf8');
  await ctx.t.db.transaction((tx) =>
    storeOpenDataFile(
      tx,
      {
        dataset: 'complaint-statistics',
        table: 'complaint_statistics',
        format: 'csv',
        mediaType: 'text/csv; charset=utf-8',
        now: ctx.t.clock.now(),
      },
      (async function* () {
        yield bytes;
      })(),
      () => 1,
    ),
  );
  return (await find())!;
}

export const openDataRouteCases: RouteCase[] = [
  {
    route: 'GET /api/3/action/{action}',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/3/action/package_list' }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/3/action/{action}',
    public: true,
    call: async () => ({ method: 'POST', url: '/api/3/action/package_search', payload: { rows: 5 } }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/action/{action}',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/action/status_show' }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/action/{action}',
    public: true,
    call: async () => ({ method: 'POST', url: '/api/action/group_list', payload: { all_fields: true } }),
    expected: same(all(200)),
  },
  {
    route: 'GET /opendata/files/{id}/{fileName}',
    public: true,
    call: async (ctx) => ({ method: 'GET', url: await statisticsCsvPath(ctx) }),
    expected: same(all(200)),
  },
  {
    route: 'GET /opendata/{dataset}/{fileName}',
    public: true,
    anonymousStatus: 302,
    call: async (ctx) => {
      await statisticsCsvPath(ctx);
      return { method: 'GET', url: '/opendata/complaint-statistics/complaint_statistics.csv' };
    },
    expected: same(all(302)),
  },
];
