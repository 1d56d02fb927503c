/** The values of one audited thing (a user, a unit, a rule...), by field name; never a password, hash or secret. */
export type Snapshot = Record<string, string | number | boolean | null>;

/**
 * The fields that differ between two snapshots, as the audit event's `before`
 * and `after`: a reader sees what changed ("role: officer → coordinator")
 * rather than two whole records to compare (OWASP ASVS 7.1.1, 7.2.2).
 */
export function changedFields(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => before[key] !== after[key]);
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
  };
}
