/**
 * The thresholds and word lists of the league tables, in one place so the page states exactly
 * what the ranking used.
 */

/**
 * Fewer complaints received than this in the fiscal year: listed, not ranked. 30 is the usual
 * rule of thumb for a proportion's interval to be trusted, and at 30 the Wilson bound of a perfect
 * record is 88.6%, so a small office cannot top the table on luck.
 */
export const MIN_RECEIVED = 30;

/** Fewer complaints whose acknowledgement was decided (acknowledged, or past its deadline): not ranked on acknowledgement. */
export const MIN_ACK_DECIDED = 30;

/**
 * Fewer directive and policy assignments decided than this: not ranked on their acknowledgement.
 * Lower than for complaints because a unit receives tens of directives a year, not thousands.
 */
export const MIN_DIRECTIVE_DECIDED = 10;

/**
 * An indicator counts people helped when its unit of measure (trimmed, lower case) is one of
 * these, it should go up, and it is not an unintended effect. Households and families count as
 * reported: the indicator's own unit says what was counted, and the page says so.
 */
export const PEOPLE_UNITS: readonly string[] = [
  'คน',
  'ราย',
  'ครัวเรือน',
  'ครอบครัว',
  'person',
  'persons',
  'people',
  'household',
  'households',
  'family',
  'families',
];

/** Whether an indicator's unit of measure counts people (see PEOPLE_UNITS). */
export function countsPeople(unitOfMeasure: string): boolean {
  return PEOPLE_UNITS.includes(unitOfMeasure.trim().toLowerCase());
}
