/**
 * What a timeline entry says, shared by `describeEvent` and the per-area
 * describers it dispatches to (`describeDeliveryEvent`, `describeReportEvent`).
 * Its own file so the describers depend on it and not on each other: the
 * dispatcher imports the area describers, never the other way round.
 */
export interface EventText {
  title: string;
  /** The units reached, listed under the title when there are too many to name in it. */
  units?: string[];
  /** The words someone wrote with the event: a note, a reason, instructions. */
  quote?: { label: string; text: string };
  /** When the units reached were given a due date. */
  due?: string;
}

/** A value from an event's free-form data as text, or undefined when it is not a string or only blanks (nothing worth quoting). */
export const nonBlankText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
