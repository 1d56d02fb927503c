import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { CaseKind } from '../cases/caseKinds.ts';
import { AppError, type FieldProblem } from '../errors.ts';
import { billStages } from '../../shared/billStages.ts';

/**
 * The fields each kind of case carries in `cases.details`, checked when the
 * case is opened. Every government matter records where it came from (the
 * meeting or order, its date, reference number and issuing authority), as a
 * Thai official letter does; parliamentary questions and draft bills add what
 * their own procedure needs. Complaints' details belong to the complaints
 * area and are not checked here.
 */
const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD (Gregorian)' });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const sourceTypes = ['meeting', 'order', 'cabinet', 'letter', 'parliament'] as const;

export const CaseSource = Type.Object(
  {
    type: Type.Union(sourceTypes.map((value) => Type.Literal(value))),
    title: Text(300),
    date: Day,
    reference: Type.Optional(Text(120)),
    authority: Text(200),
  },
  { additionalProperties: false, description: 'Where the matter came from: the meeting or order, its date, number and issuing authority' },
);
export type CaseSource = Static<typeof CaseSource>;

/** The complaint cluster a directive was raised from: where, what, when, its figures and the rule that flagged it. */
const ClusterOrigin = Type.Object(
  {
    districtCode: Type.String({ pattern: '^[0-9]{4}$' }),
    categoryCode: Type.String({ pattern: '^[a-z0-9_]{1,40}$' }),
    month: Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' }),
    received: Type.Integer({ minimum: 0 }),
    previous: Type.Array(Type.Integer({ minimum: 0 }), { maxItems: 24 }),
    baselineMean: Type.Number({ minimum: 0 }),
    probability: Type.Number({ minimum: 0, maximum: 1 }),
    rule: Type.Object(
      { minimumCount: Type.Integer(), baselineMonths: Type.Integer(), maxProbability: Type.Number(), baselineFloor: Type.Number() },
      { additionalProperties: false },
    ),
    evidenceCount: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

/** The source is asked for on the new-case form; the API keeps it optional so older clients still open cases. */
const WithSource = Type.Object(
  {
    source: Type.Optional(CaseSource),
    /** A directive that follows up a stocktake decision names it (commands/reports/createFollowUpDirective.ts). */
    followUpOf: Type.Optional(
      Type.Object(
        { caseId: Type.String({ minLength: 1 }), caseRef: Type.String({ minLength: 1 }), decisionId: Type.String({ minLength: 1 }) },
        { additionalProperties: false },
      ),
    ),
    /** A directive raised from a complaint cluster records it (commands/clusters/raiseComplaintCluster.ts). */
    clusterOrigin: Type.Optional(ClusterOrigin),
  },
  { additionalProperties: false },
);

export const ParliamentaryQuestionDetails = Type.Object(
  {
    source: Type.Optional(CaseSource),
    askingMember: Text(200),
    answeringUnitId: Type.String({ format: 'uuid', pattern: '^[0-9a-fA-F-]{36}$' }),
    answerDeadline: Day,
    questionNumber: Type.Optional(Text(60)),
  },
  { additionalProperties: false },
);

export const DraftBillDetails = Type.Object(
  {
    source: Type.Optional(CaseSource),
    stage: Type.Optional(Type.Union(billStages.map((value) => Type.Literal(value)))),
  },
  { additionalProperties: false },
);

export const caseDetailSchemas: Partial<Record<CaseKind, TSchema>> = {
  directive: WithSource,
  policy: WithSource,
  cabinet_resolution: WithSource,
  parliamentary_question: ParliamentaryQuestionDetails,
  draft_bill: DraftBillDetails,
};

const problems = {
  missing: { th: 'โปรดกรอกข้อมูลนี้', en: 'Fill in this field.' },
  unknown: { th: 'ไม่รู้จักช่องนี้', en: 'This field is not known for this kind of case.' },
  invalid: { th: 'ข้อมูลในช่องนี้ไม่ถูกต้อง', en: 'This field is not valid' },
};

/** Checks a new case's details against its kind, naming every field at fault in Thai and English. */
export function validateCaseDetails(kind: CaseKind, details: Record<string, unknown>): Record<string, unknown> {
  const schema = caseDetailSchemas[kind];
  if (!schema) return details;
  if (Value.Check(schema, details)) {
    return kind === 'draft_bill' && !details['stage'] ? { ...details, stage: billStages[0] } : details;
  }
  const fields: FieldProblem[] = [...Value.Errors(schema, details)]
    .filter((error) => error.keyword !== 'boolean')
    .flatMap((error) => {
      const params = error.params as { additionalProperties?: string[]; requiredProperties?: string[] };
      if (params.requiredProperties) {
        return params.requiredProperties.map((key) => ({ path: `/details${error.instancePath}/${key}`, ...problems.missing }));
      }
      if (params.additionalProperties) {
        return params.additionalProperties.map((key) => ({ path: `/details${error.instancePath}/${key}`, ...problems.unknown }));
      }
      return [{ path: `/details${error.instancePath}`, th: problems.invalid.th, en: `${problems.invalid.en} (${error.message})` }];
    });
  throw new AppError('validation_failed', { fields });
}
