import {
  listCategoryNames,
  listUnitNames,
  readFoldState,
  sumComplaintStats,
  sumResolveDays,
  type MonthRange,
  type ResolveDaysRow,
  type StatGrain,
  type StatSumsRow,
} from '../../db/queries/complaintStatisticsQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { toFigures, zeroSums, type FigureSums, type Figures } from '../../domain/statistics/complaintFigures.ts';
import { MAX_STATISTICS_MONTHS, NATIONAL_SCOPE } from '../../domain/statistics/statisticsScope.ts';
import { complaintChannelNames } from '../../shared/complaintChannels.ts';
import { addMonths, bangkokMonth, fiscalYearMonths, fiscalYearOfMonth, monthsBetween } from '../../shared/fiscalYear.ts';
import type { PublicContext } from '../context.ts';
import { resolveStatisticsScope, type ScopeInfo } from './resolveStatisticsScope.ts';

export interface StatisticsInput {
  scope?: string;
  fiscalYear?: number;
  from?: string;
  to?: string;
}

export interface NamedFigures extends Figures {
  key: string;
  nameTh: string;
  nameEn: string | null;
}

export interface ComplaintStatisticsResult {
  scope: ScopeInfo;
  parent: ScopeInfo | null;
  period: { from: string; to: string; fiscalYear: number | null };
  asOf: Date | null;
  totals: Figures;
  previousYear: Figures;
  byMonth: (Figures & { month: string })[];
  byCategory: NamedFigures[];
  byChannel: NamedFigures[];
  byUnit: NamedFigures[];
  areas: (ScopeInfo & Figures)[];
}

/** The fiscal year, or the range of whole months, a request asks for; the current fiscal year by default. */
export function statisticsPeriod(input: StatisticsInput, now: Date): { range: MonthRange; fiscalYear: number | null } {
  if (input.from || input.to) {
    if (!input.from || !input.to || input.from > input.to || monthsBetween(input.from, input.to).length > MAX_STATISTICS_MONTHS) {
      throw new AppError('validation_failed', {
        fields: [
          {
            path: '/from',
            th: `โปรดระบุเดือนเริ่มต้นและเดือนสิ้นสุด โดยเดือนเริ่มต้นไม่หลังเดือนสิ้นสุด และห่างกันไม่เกิน ${MAX_STATISTICS_MONTHS} เดือน`,
            en: `Give both a first and a last month, the first not after the last and at most ${MAX_STATISTICS_MONTHS} months apart.`,
          },
        ],
      });
    }
    return { range: { from: input.from, to: input.to }, fiscalYear: null };
  }
  const fiscalYear = input.fiscalYear ?? fiscalYearOfMonth(bangkokMonth(now));
  return { range: fiscalYearMonths(fiscalYear), fiscalYear };
}

const toSums = (row: StatSumsRow | undefined): FigureSums =>
  row
    ? {
        received: row.received,
        resolved: row.resolved,
        overdue: row.overdue,
        reopened: row.reopened,
        rated: row.rated,
        ratingSum: row.rating_sum,
        satisfied: row.satisfied,
        ackDecided: row.ack_decided,
        ackOnTime: row.ack_on_time,
      }
    : zeroSums;

function histogramsByKey(rows: readonly ResolveDaysRow[]): Map<string, ResolveDaysRow[]> {
  const byKey = new Map<string, ResolveDaysRow[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  return byKey;
}

/**
 * Complaint statistics of one scope (the country, an inspection zone or province group, a province,
 * a district, or a unit's subtree) for a fiscal year or a range of months: totals against the year
 * before, and by month, category, channel, handling unit and the areas one level down. Every figure
 * is read from the kept aggregates (`complaint_stats`, `complaint_resolve_days`), never by scanning
 * complaints, so a national fiscal year is a few hundred rows. Aggregates of complaints hold no
 * personal data, so this is a public read (issue #12: complaint statistics are public by default).
 */
export async function readComplaintStatistics(ctx: PublicContext, input: StatisticsInput): Promise<ComplaintStatisticsResult> {
  const { db } = ctx;
  const period = statisticsPeriod(input, ctx.clock.now());
  const scopeName = input.scope ?? NATIONAL_SCOPE;
  // Figures change only when a fold changes them: an answer computed at the same fold version is reused.
  const state = await readFoldState(db);
  const key = `${state.version}|${scopeName}|${period.range.from}|${period.range.to}|${period.fiscalYear ?? ''}`;
  let answers = answersByDatabase.get(db);
  if (!answers) answersByDatabase.set(db, (answers = new Map()));
  let answer = answers.get(key);
  if (!answer) {
    answer = computeStatistics(ctx, scopeName, period);
    answers.set(key, answer);
    if (answers.size > MAX_CACHED) answers.delete(answers.keys().next().value!);
    const [stored, cache] = [answer, answers];
    stored.catch(() => cache.delete(key));
  }
  // A fold that found nothing to change moves the time the figures are good for, not the figures.
  return { ...(await answer), asOf: state.folded_at };
}

/**
 * Answers per database by fold version, scope and period, oldest first: a newer fold version makes
 * older keys unreachable, and the oldest go first beyond MAX_CACHED. Each process keeps its own.
 */
const answersByDatabase = new WeakMap<object, Map<string, Promise<ComplaintStatisticsResult>>>();
const MAX_CACHED = 500;

async function computeStatistics(
  ctx: PublicContext,
  scopeName: string,
  { range, fiscalYear }: { range: MonthRange; fiscalYear: number | null },
): Promise<ComplaintStatisticsResult> {
  const { db } = ctx;
  const { scope, parent, children } = await resolveStatisticsScope(db, scopeName);
  const previous = { from: addMonths(range.from, -12), to: addMonths(range.to, -12) };
  // A whole fiscal year reads its one 'fiscal_year' row per value; other ranges add up months.
  const grain: StatGrain = fiscalYear === null ? 'month' : 'fiscal_year';
  const whole = grain === 'month' ? range : { from: range.from, to: range.from };
  const before = grain === 'month' ? previous : { from: previous.from, to: previous.from };
  const scopes = [scope.scope];
  const childScopes = children.map((child) => child.scope);

  const [totals, previousTotals, months, categories, channels, units, days, previousDays, monthDays, areaSums, areaDays] =
    await Promise.all([
      sumComplaintStats(db, { scopes, dim: 'all', grain, range: whole, groupBy: 'scope' }),
      sumComplaintStats(db, { scopes, dim: 'all', grain, range: before, groupBy: 'scope' }),
      sumComplaintStats(db, { scopes, dim: 'all', grain: 'month', range, groupBy: 'month' }),
      sumComplaintStats(db, { scopes, dim: 'category', grain, range: whole, groupBy: 'dim_value' }),
      sumComplaintStats(db, { scopes, dim: 'channel', grain, range: whole, groupBy: 'dim_value' }),
      sumComplaintStats(db, { scopes, dim: 'unit', grain, range: whole, groupBy: 'dim_value' }),
      sumResolveDays(db, { scopes, grain, range: whole, groupBy: 'scope' }),
      sumResolveDays(db, { scopes, grain, range: before, groupBy: 'scope' }),
      sumResolveDays(db, { scopes, grain: 'month', range, groupBy: 'month' }),
      childScopes.length ? sumComplaintStats(db, { scopes: childScopes, dim: 'all', grain, range: whole, groupBy: 'scope' }) : [],
      childScopes.length ? sumResolveDays(db, { scopes: childScopes, grain, range: whole, groupBy: 'scope' }) : [],
    ]);

  const monthHistograms = histogramsByKey(monthDays);
  const monthRows = new Map(months.map((row) => [row.key, row]));
  const areaRows = new Map(areaSums.map((row) => [row.key, row]));
  const areaHistograms = histogramsByKey(areaDays);
  const categoryNames = new Map((await listCategoryNames(db)).map((row) => [row.key, row]));
  const topUnits = [...units]
    .filter((row) => row.key !== '')
    .sort((a, b) => b.received - a.received)
    .slice(0, 50);
  const unitNames = new Map(
    (
      await listUnitNames(
        db,
        topUnits.map((row) => row.key),
      )
    ).map((row) => [row.key, row]),
  );
  const named = (row: StatSumsRow, nameTh: string, nameEn: string | null): NamedFigures => ({
    key: row.key,
    nameTh,
    nameEn,
    ...toFigures(toSums(row), []),
  });

  return {
    scope,
    parent,
    period: { ...range, fiscalYear },
    asOf: null,
    totals: toFigures(toSums(totals[0]), days),
    previousYear: toFigures(toSums(previousTotals[0]), previousDays),
    byMonth: monthsBetween(range.from, range.to).map((month) => ({
      month,
      ...toFigures(toSums(monthRows.get(month)), monthHistograms.get(month) ?? []),
    })),
    byCategory: categories
      .map((row) => named(row, categoryNames.get(row.key)?.name_th ?? row.key, categoryNames.get(row.key)?.name_en ?? null))
      .sort((a, b) => b.received - a.received),
    byChannel: channels
      .map((row) => named(row, complaintChannelNames[row.key]?.th ?? row.key, complaintChannelNames[row.key]?.en ?? null))
      .sort((a, b) => b.received - a.received),
    byUnit: topUnits.map((row) => named(row, unitNames.get(row.key)?.name_th ?? row.key, unitNames.get(row.key)?.name_en ?? null)),
    areas: children.map((child) => ({
      ...child,
      ...toFigures(toSums(areaRows.get(child.scope)), areaHistograms.get(child.scope) ?? []),
    })),
  };
}
