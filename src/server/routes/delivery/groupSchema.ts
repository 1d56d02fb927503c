import { Type } from 'typebox';
import { IsoDate, IsoDateTime, LocalizedText, Nullable, Uuid } from '../../schemas/common.ts';
import { UnitRef } from '../../presenters/presentUnit.ts';

const UnitCodes = Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 40, uniqueItems: true });

export const CreateGroupBody = Type.Object(
  {
    nameTh: Type.String({ minLength: 3, maxLength: 200 }),
    nameEn: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
    goalTh: Type.String({ minLength: 3, maxLength: 2000 }),
    goalEn: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 2000 }))),
    reportDueOn: Type.Optional(Nullable(IsoDate)),
    leadUnitCodes: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 40, uniqueItems: true }),
    memberUnitCodes: Type.Optional(UnitCodes),
  },
  { additionalProperties: false },
);

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

export const LinkCaseBody = Type.Object({ caseId: Uuid }, { additionalProperties: false });
