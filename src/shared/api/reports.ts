import { Type, type Static } from 'typebox';
import { aggregations, directions, indicatorKinds } from '../indicatorTypes.ts';
import { limits } from '../limits.ts';
import { confidenceLevels, ragRatings } from '../ratings.ts';
import { IsoDate, IsoDateTime, LocalizedText, literals, Nullable, Uuid } from './common.ts';

/**
 * The shapes of delivery reporting: what a unit files (progress reports,
 * measurements), what the centre records (decisions, follow-ups), and the
 * delivery picture and overview the browser draws from them.
 */
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
    value: Type.Number({ minimum: -limits.indicatorValueMax, maximum: limits.indicatorValueMax }),
    note: Type.Optional(Type.String({ maxLength: limits.noteMax })),
    attachmentIds: Type.Optional(Type.Array(Uuid, { maxItems: limits.attachmentsPerReport, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type MeasurementBody = Static<typeof MeasurementBody>;

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
export type IndicatorView = Static<typeof IndicatorView>;

export const DecisionBody = Type.Object(
  { text: Type.String({ minLength: 3, maxLength: limits.bodyMax }) },
  { additionalProperties: false },
);
export type DecisionBody = Static<typeof DecisionBody>;

export const FollowUpBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: limits.titleMax }),
    body: Type.Optional(Type.String({ maxLength: limits.bodyMax })),
    unitCodes: Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: limits.targetsMax, uniqueItems: true }),
    dueDate: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type FollowUpBody = Static<typeof FollowUpBody>;

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
export type DeliverySummaryView = Static<typeof DeliverySummaryView>;

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
export type ReportView = Static<typeof ReportView>;

/** One indicator of a case with its planned and actual series and where each unit and inspection zone stands. */
export const IndicatorPictureView = Type.Object({
  indicator: IndicatorView,
  series: Type.Array(
    Type.Object({ period: Type.String(), planned: Nullable(Type.Number()), actual: Nullable(Type.Number()), rag: Nullable(Rag) }),
  ),
  latestPeriod: Nullable(Type.String()),
  byUnit: Type.Array(Type.Object({ unit: UnitName, depth: Type.Integer(), value: Nullable(Type.Number()) })),
  byZone: Type.Array(Type.Object({ id: Type.String(), name: LocalizedText, value: Type.Number() })),
});
export type IndicatorPictureView = Static<typeof IndicatorPictureView>;

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
  /** Progress notes (free text, no rating), newest first: a unit that reported this way has reported too. */
  notes: Type.Array(
    Type.Object({ eventId: Type.Integer(), assignmentId: Uuid, unit: UnitName, note: Type.String(), createdAt: IsoDateTime }),
  ),
  indicators: Type.Array(IndicatorPictureView),
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
export type DeliveryPictureView = Static<typeof DeliveryPictureView>;

/** One of the delivery unit's priorities with its delivery summary. */
export const OverviewItemView = Type.Object({
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
});
export type OverviewItemView = Static<typeof OverviewItemView>;

export const OverviewView = Type.Object({ items: Type.Array(OverviewItemView) });
export type OverviewView = Static<typeof OverviewView>;

export const ImportResult = Type.Object({ imported: Type.Integer(), skipped: Type.Integer(), eventId: Type.Integer() });
export type ImportResult = Static<typeof ImportResult>;

export const ReportCreated = Type.Object({ reportId: Type.String(), eventId: Type.Integer() });
export type ReportCreated = Static<typeof ReportCreated>;

export const DecisionCreated = Type.Object({ decisionId: Type.String(), eventId: Type.Integer() });
export type DecisionCreated = Static<typeof DecisionCreated>;

/** The directive a stocktake decision became. */
export const FollowUpCreated = Type.Object({ id: Type.String(), ref: Type.String() });
export type FollowUpCreated = Static<typeof FollowUpCreated>;
