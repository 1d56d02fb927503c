import { Type } from 'typebox';
import { billStages } from '../../../shared/billStages.ts';
import { limits } from '../../../shared/limits.ts';
import { IsoDate, Nullable } from '../../schemas/common.ts';

export const AnswerQuestionBody = Type.Object(
  {
    answer: Type.String({ minLength: 1, maxLength: limits.bodyMax }),
    answeredOn: IsoDate,
  },
  { additionalProperties: false },
);

export const AdvanceBillBody = Type.Object(
  {
    stage: Type.Union(
      billStages.map((stage) => Type.Literal(stage)),
      { description: 'The next stage; only the next one is accepted' },
    ),
    on: IsoDate,
    note: Type.Optional(Nullable(Type.String({ maxLength: limits.noteMax }))),
  },
  { additionalProperties: false },
);
