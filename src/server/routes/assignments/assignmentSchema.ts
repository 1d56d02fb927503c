import { Type, type Static } from 'typebox';
import { limits } from '../../../shared/limits.ts';
import { Uuid } from '../../schemas/common.ts';

export const NoteBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: limits.noteMax })) }, { additionalProperties: false });
export type NoteBody = Static<typeof NoteBody>;

export const ReasonBody = Type.Object(
  { reason: Type.String({ minLength: limits.reasonMin, maxLength: limits.reasonMax, description: 'Why; shown to the other unit' }) },
  { additionalProperties: false },
);
export type ReasonBody = Static<typeof ReasonBody>;

export const ProgressBody = Type.Object(
  {
    note: Type.String({ minLength: 1, maxLength: limits.noteMax }),
    attachmentIds: Type.Optional(Type.Array(Uuid, { maxItems: limits.attachmentsPerReport, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type ProgressBody = Static<typeof ProgressBody>;
