import { Type, type Static, type TLiteral, type TSchemaOptions, type TStringOptions, type TUnion } from 'typebox';

/**
 * Pieces of the API's shapes that many resources use. Everything under
 * `shared/api/` is a TypeBox schema the server validates and describes its
 * routes with (`/api/openapi.json`), and whose `Static<>` type the browser
 * imports with `import type`: one definition, so the browser cannot drift
 * from what the server sends. These files import only `typebox` and `shared/`.
 */
export const Uuid = Type.String({ format: 'uuid', description: 'UUID' });
export const IsoDateTime = Type.String({ format: 'date-time' });
export const IsoDate = Type.String({ format: 'date', description: 'A calendar day, YYYY-MM-DD (Gregorian), read as Bangkok time' });
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
type Literals<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };
/**
 * One of a fixed list of words (a case kind, a rating), as an enumeration in the API description. The cast keeps
 * the list a tuple in the type: TypeBox types a union of an array (what `map` returns) as `never`, which let any
 * value through the type checker on both sides.
 */
export const literals = <const T extends readonly string[]>(values: T, options?: TSchemaOptions): TUnion<Literals<T>> =>
  Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  ) as TUnion<Literals<T>>;

/**
 * A word the server fills only from `values` (a case's status, an assignment's role). The API description says
 * `string` here, as it always has, so other clients take a word added later; the TypeScript type is the list, so a
 * presenter can send no other word and the browser, shipped with this server, may rely on it.
 */
export const oneOf = <const T extends readonly string[]>(_values: T, options?: TStringOptions) =>
  Type.Unsafe<T[number]>(Type.String(options));

export const LocalizedText = Type.Object({ th: Type.String(), en: Type.String() }, { additionalProperties: false });
export type LocalizedText = Static<typeof LocalizedText>;

export const FieldProblem = Type.Object({ path: Type.String(), th: Type.String(), en: Type.String() });
export type FieldProblem = Static<typeof FieldProblem>;

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
export type ErrorResponse = Static<typeof ErrorResponse>;

export const Ok = Type.Object({ ok: Type.Literal(true) });
export type Ok = Static<typeof Ok>;

/** What a write that appends one case event answers. */
export const EventCreated = Type.Object({ eventId: Type.Integer() });
export type EventCreated = Static<typeof EventCreated>;
