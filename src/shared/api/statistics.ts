import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable } from './common.ts';

/**
 * A statistics scope: `TH` (the country), `p:<2-digit province>`, `d:<4-digit district>`, an area
 * grouping (`zone:<n>` inspection zone, `group:<n>` province group, `region:<name>`), or
 * `u:<unit id>` (a unit and everything below it: a ministry, a department, a provincial hall).
 */
export const StatisticsScope = Type.String({
  pattern: '^(TH|p:[0-9]{2}|d:[0-9]{4}|zone:[0-9]{1,2}|group:[0-9]{1,2}|region:[a-z_]{1,30}|u:[0-9a-f-]{36})$',
  description: 'TH, p:10, d:1001, zone:3, group:5, region:central or u:<unit id>',
});

/** A month `YYYY-MM` (Common Era, Bangkok time). */
export const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' });

/**
 * Which months: a Thai fiscal year (1 October to 30 September, Buddhist era: 2569 runs from
 * October 2025 to September 2026), or a range of whole months. Without either, the current fiscal year.
 */
export const StatisticsQuery = Type.Object(
  {
    scope: Type.Optional(StatisticsScope),
    fiscalYear: Type.Optional(Type.Integer({ minimum: 2540, maximum: 2700, description: 'Buddhist era' })),
    from: Type.Optional(Month),
    to: Type.Optional(Month),
  },
  { additionalProperties: false },
);
export type StatisticsQuery = Static<typeof StatisticsQuery>;

/**
 * The figures of a set of complaints received in the period (a cohort: a complaint counts in the
 * month it was received, whenever it was finished).
 */
export const ComplaintFigures = Type.Object({
  received: Type.Integer(),
  /** Finished: the handling unit reported it fixed, or the owner closed it (ยุติเรื่อง). */
  resolved: Type.Integer(),
  /** resolved ÷ received, 0–1; null when nothing was received. */
  resolutionRate: Nullable(Type.Number()),
  inProgress: Type.Integer(),
  /** Still open after the resolve deadline of its service level. */
  overdue: Type.Integer(),
  reopened: Type.Integer(),
  /** Whole days from receipt to finish (percentile_disc: a real complaint's figure). */
  medianDays: Nullable(Type.Integer()),
  p90Days: Nullable(Type.Integer()),
  rated: Type.Integer(),
  /** Mean rating 1–5 of those rated. */
  averageRating: Nullable(Type.Number()),
  /** Share of ratings that were 4 or 5. */
  satisfiedRate: Nullable(Type.Number()),
  /** Of complaints whose acknowledge deadline has passed or that were acknowledged, the share acknowledged in time. */
  acknowledgedOnTimeRate: Nullable(Type.Number()),
});
export type ComplaintFigures = Static<typeof ComplaintFigures>;

export const ScopeRef = Type.Object({
  scope: Type.String(),
  kind: Type.Union([
    Type.Literal('national'),
    Type.Literal('province'),
    Type.Literal('district'),
    Type.Literal('inspection_zone'),
    Type.Literal('province_group'),
    Type.Literal('region'),
    Type.Literal('unit'),
  ]),
  /** The province or district code, the grouping's id, or the unit's code. */
  code: Type.String(),
  nameTh: Type.String(),
  nameEn: Nullable(Type.String()),
});
export type ScopeRef = Static<typeof ScopeRef>;

const Breakdown = Type.Intersect([
  Type.Object({ key: Type.String(), nameTh: Type.String(), nameEn: Nullable(Type.String()) }),
  ComplaintFigures,
]);

export const ComplaintStatistics = Type.Object({
  scope: ScopeRef,
  /** Where to go up (the national page from a province, the province from a district); null at the top. */
  parent: Nullable(ScopeRef),
  period: Type.Object({ from: Month, to: Month, fiscalYear: Nullable(Type.Integer()) }),
  /** When the aggregates were last brought up to date: the figures include every change before it. */
  asOf: Nullable(IsoDateTime),
  totals: ComplaintFigures,
  /** The same months a year earlier, for the trend. */
  previousYear: ComplaintFigures,
  byMonth: Type.Array(Type.Intersect([Type.Object({ month: Month }), ComplaintFigures])),
  byCategory: Type.Array(Breakdown),
  byChannel: Type.Array(Breakdown),
  /** The handling units, most complaints first (at most 50). */
  byUnit: Type.Array(Breakdown),
  /** The areas one level down, for the map and its table: provinces of the country or a grouping, districts of a province. */
  areas: Type.Array(Type.Intersect([ScopeRef, ComplaintFigures])),
});
export type ComplaintStatistics = Static<typeof ComplaintStatistics>;
