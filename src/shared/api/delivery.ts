import { Type, type Static } from 'typebox';
import { billStages } from '../billStages.ts';
import { limits } from '../limits.ts';
import { IsoDate, IsoDateTime, literals, LocalizedText, Nullable, Uuid } from './common.ts';
import { UnitRef } from './units.ts';

/** The shapes of the delivery area: acknowledgement reach, integrated groups, parliamentary questions and bill stages. */
const tallyFields = { assigned: Type.Integer(), acknowledged: Type.Integer() };
/** Of the units sent a case, how many have acknowledged it. */
export const Tally = Type.Object(tallyFields);
export type Tally = Static<typeof Tally>;
/** A grouping named once in `byGrouping`: a national reach lists three hundred units, each in three groupings. */
const GroupingRef = Type.Object({
  id: Type.String({ description: 'The id of an entry of byGrouping, which carries its name' }),
  kind: Type.String(),
});
const ReachUnitView = Type.Object({
  assignmentId: Uuid,
  unit: Type.Object({ id: Uuid, code: Type.String(), kind: Type.String(), name: LocalizedText }),
  province: Nullable(Type.Object({ code: Type.String(), name: LocalizedText })),
  sentAt: IsoDateTime,
});

export const ReachView = Type.Object({
  caseId: Uuid,
  total: Tally,
  byLevel: Type.Array(
    Type.Object({ level: Type.String({ description: 'ministry, department, province, district, other' }), ...tallyFields }),
  ),
  byGrouping: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), name: LocalizedText, ...tallyFields })),
  byProvince: Type.Array(Type.Object({ code: Type.String(), name: LocalizedText, ...tallyFields })),
  notAcknowledged: Type.Array(
    Type.Intersect([ReachUnitView, Type.Object({ waitingHours: Type.Number(), groupings: Type.Array(GroupingRef) })]),
    { description: 'Units that have not acknowledged, by province then code, with their region, inspection zone and province group' },
  ),
  timing: Type.Object({
    medianHours: Nullable(Type.Number({ description: 'Median hours from sending to acknowledgement' })),
    slowest: Nullable(Type.Intersect([ReachUnitView, Type.Object({ hours: Type.Number() })])),
  }),
});
export type ReachView = Static<typeof ReachView>;

export const GroupSummary = Type.Object({
  id: Uuid,
  name: LocalizedText,
  goal: LocalizedText,
  reportDueOn: Nullable(Type.String({ description: 'YYYY-MM-DD: when the group reports to the Prime Minister' })),
  caseCount: Type.Integer(),
  leadAgencies: Type.Array(UnitRef),
  memberAgencies: Type.Array(UnitRef),
  createdAt: IsoDateTime,
});
export type GroupSummary = Static<typeof GroupSummary>;

export const GroupList = Type.Object({ items: Type.Array(GroupSummary) });
export type GroupList = Static<typeof GroupList>;

export const GroupDetail = Type.Intersect([
  GroupSummary,
  Type.Object({
    cases: Type.Array(
      Type.Object({
        id: Uuid,
        ref: Type.String(),
        kind: Type.String(),
        title: Type.String(),
        status: Type.String(),
        dueAt: Nullable(IsoDateTime),
        assigned: Type.Integer(),
        acknowledged: Type.Integer(),
      }),
      { description: 'The directives and policies of the group that the viewer may read' },
    ),
  }),
]);
export type GroupDetail = Static<typeof GroupDetail>;

export const QuestionView = Type.Object({
  id: Uuid,
  ref: Type.String(),
  title: Type.String(),
  askingMember: Type.String(),
  answeringUnit: Nullable(Type.Object({ id: Uuid, code: Type.String(), name: LocalizedText })),
  answerDeadline: Type.String({ description: 'YYYY-MM-DD' }),
  daysLeft: Type.Integer({ description: 'Bangkok calendar days to the deadline; negative when past it' }),
  overdue: Type.Boolean(),
  answeredOn: Nullable(Type.String()),
});
export type QuestionView = Static<typeof QuestionView>;

export const QuestionList = Type.Object({ items: Type.Array(QuestionView) });
export type QuestionList = Static<typeof QuestionList>;

export const AnswerQuestionBody = Type.Object(
  {
    answer: Type.String({ minLength: 1, maxLength: limits.bodyMax }),
    answeredOn: IsoDate,
  },
  { additionalProperties: false },
);
export type AnswerQuestionBody = Static<typeof AnswerQuestionBody>;

export const AdvanceBillBody = Type.Object(
  {
    stage: literals(billStages, { description: 'The next stage; only the next one is accepted' }),
    on: IsoDate,
    note: Type.Optional(Nullable(Type.String({ maxLength: limits.noteMax }))),
  },
  { additionalProperties: false },
);
export type AdvanceBillBody = Static<typeof AdvanceBillBody>;

export const BillStageView = Type.Object({ stage: Type.String() });
export type BillStageView = Static<typeof BillStageView>;
