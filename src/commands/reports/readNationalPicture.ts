import { listPriorities, type PriorityRow } from '../../db/queries/deliveryStandingQueries.ts';
import { listGroupings, type IndicatorRow } from '../../db/queries/indicatorQueries.ts';
import {
  listDeliveryTallies,
  listIndicatorsOfCases,
  listMeasurementsOfCases,
  listTopUnits,
  type DeliveryTallyRow,
  type NamedUnitRow,
} from '../../db/queries/nationalPictureQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { measuredPeriods, rollUpSubtree, type Measurement } from '../../domain/indicators/rollUp.ts';
import { indicatorRag } from '../../domain/indicators/trajectoryRag.ts';
import { readScope } from '../../domain/policies/readScope.ts';
import { attentionScore, tallyBy, tallyDelivery, type Tally } from '../../domain/reports/tallyDelivery.ts';
import type { ReadContext } from '../context.ts';

/** How many live cases the picture covers: the same ceiling as the delivery unit's overview. */
export const PICTURE_CASE_LIMIT = 500;

export interface IndicatorStanding {
  onTrack: number;
  offTrack: number;
  unmeasured: number;
}

export interface NationalPictureResult {
  asOf: Date;
  totals: Tally & { byRag: Record<'green' | 'amber' | 'red' | 'unrated', number>; indicatorsOnTrack: number; indicatorsOffTrack: number };
  cases: { case: PriorityRow; tally: Tally; indicators: IndicatorStanding }[];
  byMinistry: { unit: NamedUnitRow; tally: Tally }[];
  byZone: { id: string; number: number; nameTh: string; nameEn: string | null; provinceCount: number; tally: Tally }[];
}

/**
 * Each indicator at its latest measured period, rolled up over the whole government, against
 * its trajectory (`trajectoryRag.ts`): green is on track; amber and red are off track; an
 * indicator with no value or no plan for that period is unmeasured.
 */
function standIndicators(indicators: readonly IndicatorRow[], measurements: readonly Measurement[], ofIndicator: Map<Measurement, string>) {
  const byCase = new Map<string, IndicatorStanding>();
  for (const indicator of indicators) {
    const own = measurements.filter((m) => ofIndicator.get(m) === indicator.id);
    const period = measuredPeriods(own).at(-1);
    const actual = period ? rollUpSubtree(own, { unitPath: '/', period, aggregation: indicator.aggregation }) : null;
    const rag = period
      ? indicatorRag({ actual, trajectory: indicator.trajectory, baseline: indicator.baseline, direction: indicator.direction, period })
      : null;
    const standing = byCase.get(indicator.case_id) ?? { onTrack: 0, offTrack: 0, unmeasured: 0 };
    if (rag === 'green') standing.onTrack++;
    else if (rag === null) standing.unmeasured++;
    else standing.offTrack++;
    byCase.set(indicator.case_id, standing);
  }
  return byCase;
}

/**
 * The national delivery picture: every live directive, policy and cabinet resolution sent to
 * units, with reach, RAG, confidence, help asked, indicators against trajectory and overdue
 * units; then by ministry (the ministries of the assigned units: a case counts under each
 * ministry it reaches, so a slow ministry shows as slow whoever owns the case) and by
 * inspection zone (units serving the zone's provinces). National read scope only.
 */
export async function readNationalPicture(ctx: ReadContext): Promise<NationalPictureResult> {
  if (!readScope(ctx.actor).national) throw new AppError('forbidden');
  const now = ctx.clock.now();
  const priorities = await listPriorities(ctx.db, PICTURE_CASE_LIMIT);
  const ids = priorities.map((p) => p.id);
  const [rows, indicators, measurementRows, zones] = await Promise.all([
    listDeliveryTallies(ctx.db, ids, now),
    listIndicatorsOfCases(ctx.db, ids),
    listMeasurementsOfCases(ctx.db, ids),
    listGroupings(ctx.db, 'inspection_zone'),
  ]);
  const ofIndicator = new Map<Measurement, string>();
  const measurements = measurementRows.map((m) => {
    const measurement: Measurement = {
      unitPath: m.unit_path,
      provinceCode: m.province_code,
      period: m.period,
      value: m.value,
      recordedAt: m.recorded_at,
    };
    ofIndicator.set(measurement, m.indicator_id);
    return measurement;
  });
  const standings = standIndicators(indicators, measurements, ofIndicator);
  const byCase = tallyBy(rows, (row) => row.case_id);
  const cases = priorities
    .map((kase) => ({
      case: kase,
      tally: byCase.get(kase.id) ?? tallyDelivery([]),
      indicators: standings.get(kase.id) ?? { onTrack: 0, offTrack: 0, unmeasured: 0 },
    }))
    .sort((a, b) => attentionScore(b.tally) - attentionScore(a.tally));

  const byMinistryTally = tallyBy(rows, (row) => row.ministry_id);
  const ministries = await listTopUnits(ctx.db, [...byMinistryTally.keys()]);
  const byMinistry = ministries
    .map((unit) => ({ unit, tally: byMinistryTally.get(unit.id)! }))
    .sort((a, b) => b.tally.assigned - a.tally.assigned || a.unit.code.localeCompare(b.unit.code));

  const byZone = zones.map((zone) => {
    const provinces = new Set(zone.province_codes);
    return {
      id: zone.id,
      number: zone.number ?? 0,
      nameTh: zone.name_th,
      nameEn: zone.name_en,
      provinceCount: zone.province_codes.length,
      tally: tallyDelivery(rows.filter((row: DeliveryTallyRow) => row.province_code !== null && provinces.has(row.province_code))),
    };
  });
  byZone.sort((a, b) => a.number - b.number);

  const ragOf = (rag: Tally['rag']) => rag ?? 'unrated';
  const byRag = { green: 0, amber: 0, red: 0, unrated: 0 };
  for (const item of cases) byRag[ragOf(item.tally.rag)]++;
  const overall = tallyDelivery(rows);
  return {
    asOf: now,
    totals: {
      ...overall,
      cases: priorities.length,
      byRag,
      indicatorsOnTrack: cases.reduce((n, item) => n + item.indicators.onTrack, 0),
      indicatorsOffTrack: cases.reduce((n, item) => n + item.indicators.offTrack, 0),
    },
    cases,
    byMinistry,
    byZone,
  };
}
