import { Type, type Static } from 'typebox';
import { limits } from '../../shared/limits.ts';

/** Schemas shared by several resources. Each is plain JSON Schema, used to validate and to describe the API. */
export const Uuid = Type.String({ format: 'uuid', description: 'UUID' });
export const IsoDateTime = Type.String({ format: 'date-time' });
export const IsoDate = Type.String({ format: 'date', description: 'A calendar day, YYYY-MM-DD (Gregorian), read as Bangkok time' });
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const LocalizedText = Type.Object({ th: Type.String(), en: Type.String() }, { additionalProperties: false });

export const FieldProblem = Type.Object({ path: Type.String(), th: Type.String(), en: Type.String() });

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable error code, such as validation_failed or forbidden' }),
      message: Type.String({ description: 'English message' }),
      messageTh: Type.String({ description: 'Thai message' }),
      fields: Type.Array(FieldProblem),
      requestId: Type.String(),
    }),
  },
  { $id: 'ErrorResponse', description: 'Every error has this shape' },
);

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: limits.pageSizeMax, default: limits.pageSizeDefault })),
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'The nextCursor of the previous page' })),
};

export const Ok = Type.Object({ ok: Type.Literal(true) });

/** Error responses every authenticated route may give, for the OpenAPI description. */
export const standardErrors = {
  400: Type.Ref('ErrorResponse'),
  401: Type.Ref('ErrorResponse'),
  403: Type.Ref('ErrorResponse'),
  404: Type.Ref('ErrorResponse'),
  409: Type.Ref('ErrorResponse'),
};
