import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { AppDeps } from '../src/server/appDeps.ts';

/** A scope the raw scan understands: the country, an inspection zone, a province or a district. */
const RawQuery = Type.Object(
  {
    scope: Type.String({ pattern: '^(TH|zone:[0-9]{1,2}|p:[0-9]{2}|d:[0-9]{4})$' }),
    fiscalYear: Type.Integer({ minimum: 2540, maximum: 2700 }),
  },
  { additionalProperties: false },
);

const RawFigures = Type.Object({
  received: Type.Integer(),
  resolved: Type.Integer(),
  overdue: Type.Integer(),
  medianDays: Type.Union([Type.Integer(), Type.Null()]),
  p90Days: Type.Union([Type.Integer(), Type.Null()]),
  averageRating: Type.Union([Type.Number(), Type.Null()]),
});

/** Which complaints' area codes a scope covers, as a plain predicate on `k.area_code`. */
function areaPredicate(scope: string): { sql: string; value: string } {
  if (scope === 'TH') return { sql: '$3::text is null', value: '' };
  if (scope.startsWith('zone:')) {
    return { sql: 'left(k.area_code, 2) in (select province_code from area_grouping_members where grouping_id = $3)', value: scope };
  }
  return { sql: `k.area_code like $3 || '%'`, value: scope.slice(2) };
}

/**
 * The dashboard bench's baseline (`npm run bench -- dashboard`): the headline figures of
 * GET /api/statistics/complaints for the same scope and fiscal year, answered the way a system
 * without aggregates would — a count and percentiles over the raw complaints, their cases and
 * lead assignments, per request. Lives with the bench and reaches the app only through
 * `buildApp`'s `extraRoutes`, like the intake baseline.
 */
export const statisticsRawRoute: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/api/bench/raw-statistics',
    { schema: { hide: true, querystring: RawQuery, response: { 200: RawFigures } } },
    async (request) => {
      const start = new Date(Date.UTC(request.query.fiscalYear - 544, 8, 30, 17));
      const end = new Date(Date.UTC(request.query.fiscalYear - 543, 8, 30, 17));
      const area = areaPredicate(request.query.scope);
      const result = await deps.db.query<Static<typeof RawFigures>>(
        `with f as (
           select (k.resolved_at is not null or c.status = 'closed') as finished,
                  floor(extract(epoch from coalesce(k.resolved_at, c.closed_at) - k.received_at) / 86400)::int as days,
                  a.due_at, k.rating
             from complaints k
             join cases c on c.id = k.case_id
             left join assignments a on a.case_id = k.case_id and a.parent_id is null and a.role = 'lead' and a.status <> 'returned'
            where k.received_at >= $1 and k.received_at < $2 and k.merged_into is null and (${area.sql}))
         select count(*)::int as received, count(*) filter (where finished)::int as resolved,
                count(*) filter (where not finished and due_at <= now())::int as overdue,
                percentile_disc(0.5) within group (order by days) filter (where finished) as "medianDays",
                percentile_disc(0.9) within group (order by days) filter (where finished) as "p90Days",
                avg(rating)::float8 as "averageRating"
           from f`,
        [start, end, area.value || null],
      );
      return result.rows[0]!;
    },
  );
};
