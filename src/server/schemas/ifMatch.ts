import { Type, type Static } from 'typebox';

/**
 * `If-Match` on the writes officers race on (assignment actions, case edits,
 * complaint staff actions): the `version` of the case or assignment the page
 * showed, as an entity tag (`"7"`, also `W/"7"` or a bare `7`). A row changed
 * since is refused with 409 `stale_write`; without the header the write goes
 * ahead as before; `*` means any version. See `docs/API.md`.
 */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({
      pattern: '^(\\*|(W/)?"?[0-9]{1,9}"?)$',
      description: 'The version of the row the client showed, such as "7": a row changed since is refused with 409 stale_write',
    }),
  ),
});
export type IfMatchHeaders = Static<typeof IfMatchHeaders>;

/** The version an `If-Match` header names, or undefined (no header, or `*`). */
export function expectedVersionOf(headers: IfMatchHeaders): number | undefined {
  const digits = /[0-9]+/.exec(headers['if-match'] ?? '')?.[0];
  return digits === undefined ? undefined : Number(digits);
}
