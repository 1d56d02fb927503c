import { Type, type Static } from 'typebox';
import { aggregations, directions, indicatorKinds } from '../../../domain/indicators/indicatorTypes.ts';
import { confidenceLevels, ragRatings } from '../../../domain/reports/ratings.ts';
import { limits } from '../../../shared/limits.ts';
import { IsoDate, IsoDateTime, LocalizedText, Nullable, Uuid } from '../../schemas/common.ts';

const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((value) => Type.Literal(value)));

export const Rag = literals(ragRatings);
export const Confidence = literals(confidenceLevels);
export const Period = Type.String({
  pattern: '^(19|2[0-3])[0-9]{2}-(0[1-9]|1[0-2])$',
  description: 'A reporting month, YYYY-MM in the Gregorian calendar (2026-12, not the Buddhist-era 2569-12), Bangkok time',
});
const Answer = (description: string) => Type.String({ minLength: 1, maxLength: limits.noteMax, description });

export const ProgressReportBody = Type.Object(
  {
    period: Type.Optional(Period),
    aim: Answer('What are you trying to do?'),
    approach: Answer('How are you trying to do it?'),
    workingEvidence: Answer('How do you know it is working?'),
    changes: Answer('What will you change?'),
    centreHelp: Type.String({ maxLength: limits.noteMax, description: 'How can the centre help? (may be empty)' }),
    rag: Rag,
    confidence: Confidence,
    blockers: Type.Optional(Type.String({ maxLength: limits.noteMax })),
    helpNeeded: Type.Boolean({ description: "true puts the matter in the case owner's inbox (the delivery unit for its priorities)" }),
    attachmentIds: Type.Optional(Type.Array(Uuid, { maxItems: limits.attachmentsPerReport, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type ProgressReportBody = Static<typeof ProgressReportBody>;

export const MeasurementBody = Type.Object(
  {
    indicatorId: Uuid,
    period: Period,
    value: Type.Number({ minimum: -1e12, maximum: 1e12 }),
    note: Type.Optional(Type.String({ maxLength: limits.noteMax })),
    attachmentIds: Type.Optional(Type.Array(Uuid, { maxItems: limits.attachmentsPerReport, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type MeasurementBody = Static<typeof MeasurementBody>;

const Value = Type.Number({ minimum: -1e12, maximum: 1e12 });

export const IndicatorBody = Type.Object(
  {
    nameTh: Type.String({ minLength: 1, maxLength: limits.titleMax }),
    nameEn: Type.Optional(Type.String({ maxLength: limits.titleMax })),
    unitOfMeasure: Type.String({ minLength: 1, maxLength: 100, description: 'คน, แห่ง, ร้อยละ...' }),
    direction: literals(directions),
    kind: literals(indicatorKinds),
    baseline: Value,
    target: Value,
    targetDate: Type.Optional(IsoDate),
    aggregation: literals(aggregations),
    trajectory: Type.Array(Type.Object({ period: Period, value: Value }, { additionalProperties: false }), { maxItems: 120 }),
  },
  { additionalProperties: false },
);
export type IndicatorBody = Static<typeof IndicatorBody>;

export const IndicatorView = Type.Object({
  id: Uuid,
  name: LocalizedText,
  unitOfMeasure: Type.String(),
  direction: literals(directions),
  kind: literals(indicatorKinds),
  baseline: Type.Number(),
  target: Type.Number(),
  targetDate: Nullable(Type.String()),
  aggregation: literals(aggregations),
  trajectory: Type.Array(Type.Object({ period: Type.String(), value: Type.Number() })),
});

export const ReportCycleBody = Type.Object(
  {
    cycleMonths: Type.Union(
      [1, 2, 3, 6, 12].map((n) => Type.Literal(n)),
      { description: 'Months between reports' },
    ),
  },
  { additionalProperties: false },
);

export const DecisionBody = Type.Object(
  { text: Type.String({ minLength: 3, maxLength: limits.bodyMax }) },
  { additionalProperties: false },
);

export const FollowUpBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: limits.titleMax }),
    body: Type.Optional(Type.String({ maxLength: limits.bodyMax })),
    unitCodes: Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: limits.targetsMax, uniqueItems: true }),
    dueDate: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

const UnitName = Type.Object({ code: Type.String(), name: LocalizedText });

export const DeliverySummaryView = Type.Object({
  assigned: Type.Integer(),
  acknowledged: Type.Integer(),
  reachPercent: Nullable(Type.Integer()),
  rag: Nullable(Rag),
  confidence: Nullable(Confidence),
  stale: Type.Integer(),
  helpNeeded: Type.Integer(),
  reported: Type.Integer(),
});

export const ReportView = Type.Object({
  id: Uuid,
  assignmentId: Uuid,
  unit: UnitName,
  period: Type.String(),
  aim: Type.String(),
  approach: Type.String(),
  workingEvidence: Type.String(),
  changes: Type.String(),
  centreHelp: Type.String(),
  rag: Rag,
  confidence: Confidence,
  blockers: Type.String(),
  helpNeeded: Type.Boolean(),
  eventId: Type.Integer(),
  createdAt: IsoDateTime,
});

export const DeliveryPictureView = Type.Object({
  caseId: Uuid,
  cycleMonths: Type.Integer(),
  summary: DeliverySummaryView,
  units: Type.Array(
    Type.Object({
      assignmentId: Uuid,
      unit: UnitName,
      status: Type.String(),
      acknowledgedAt: Nullable(IsoDateTime),
      stale: Type.Boolean(),
      lastReport: Nullable(
        Type.Object({ period: Type.String(), rag: Rag, confidence: Confidence, helpNeeded: Type.Boolean(), at: IsoDateTime }),
      ),
    }),
  ),
  reports: Type.Array(ReportView),
  indicators: Type.Array(
    Type.Object({
      indicator: IndicatorView,
      series: Type.Array(
        Type.Object({ period: Type.String(), planned: Nullable(Type.Number()), actual: Nullable(Type.Number()), rag: Nullable(Rag) }),
      ),
      latestPeriod: Nullable(Type.String()),
      byUnit: Type.Array(Type.Object({ unit: UnitName, depth: Type.Integer(), value: Nullable(Type.Number()) })),
      byZone: Type.Array(Type.Object({ id: Type.String(), name: LocalizedText, value: Type.Number() })),
    }),
  ),
  decisions: Type.Array(
    Type.Object({
      id: Uuid,
      text: Type.String(),
      createdAt: IsoDateTime,
      followUp: Nullable(Type.Object({ id: Uuid, ref: Type.String() })),
    }),
  ),
  ratingHistory: Type.Array(
    Type.Object({ period: Type.String(), rag: Nullable(Rag), confidence: Nullable(Confidence), reports: Type.Integer() }),
  ),
});

export const OverviewView = Type.Object({
  items: Type.Array(
    Type.Object({
      case: Type.Object({
        id: Uuid,
        ref: Type.String(),
        kind: Type.String(),
        title: Type.String(),
        status: Type.String(),
        priority: Type.String(),
        dueAt: Nullable(IsoDateTime),
      }),
      summary: DeliverySummaryView,
    }),
  ),
});

export const TemplateQuery = Type.Object(
  { format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { default: 'csv' }), period: Type.Optional(Period) },
  { additionalProperties: false },
);

export const StocktakeQuery = Type.Object(
  {
    caseIds: Type.Optional(
      Type.String({ pattern: '^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36}){0,49}$', description: 'Up to 50 case ids, comma-separated' }),
    ),
    groupId: Type.Optional(Uuid),
    format: Type.Union([Type.Literal('pdf'), Type.Literal('xlsx')], { default: 'pdf' }),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description: 'caseIds (policies by id), or groupId (every directive and policy of an integrated group I may read)',
  },
);

export const ImportResult = Type.Object({ imported: Type.Integer(), skipped: Type.Integer(), eventId: Type.Integer() });
