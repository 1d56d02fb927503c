import { Type } from 'typebox';
import { IsoDate, Nullable, Uuid } from '../../schemas/common.ts';

export * from '../../../shared/api/delivery.ts';

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

export const LinkCaseBody = Type.Object({ caseId: Uuid }, { additionalProperties: false });
