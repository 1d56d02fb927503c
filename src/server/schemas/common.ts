import { Type, type Static } from 'typebox';
import { Uuid } from '../../shared/api/common.ts';
import { limits } from '../../shared/limits.ts';

/**
 * Schemas shared by several resources. Each is plain JSON Schema, used to validate and to describe the API; the ones
 * the browser also reads live in `shared/api/common.ts` and are re-exported here for the routes.
 */
export {
  ErrorResponse,
  EventCreated,
  FieldProblem,
  IsoDate,
  IsoDateTime,
  LocalizedText,
  Nullable,
  Ok,
  Uuid,
} from '../../shared/api/common.ts';

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: limits.pageSizeMax, default: limits.pageSizeDefault })),
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'The nextCursor of the previous page' })),
};

/** Error responses every authenticated route may give, for the OpenAPI description. */
export const standardErrors = {
  400: Type.Ref('ErrorResponse'),
  401: Type.Ref('ErrorResponse'),
  403: Type.Ref('ErrorResponse'),
  404: Type.Ref('ErrorResponse'),
  409: Type.Ref('ErrorResponse'),
};
