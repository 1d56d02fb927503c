/**
 * The escalation chain above a unit: its parents nearest first, stopping below
 * the government root, then the policy's final unit (the PM's office) if it
 * is not already there. A district office climbs province → ministry → final.
 */
export function escalationChain(unitPath: string, rootAndFinal: { rootId: string; finalUnitId: string | null }): string[] {
  const ids = unitPath.split('/').filter(Boolean);
  const above = ids
    .slice(0, -1)
    .reverse()
    .filter((id) => id !== rootAndFinal.rootId);
  if (rootAndFinal.finalUnitId && !above.includes(rootAndFinal.finalUnitId) && ids.at(-1) !== rootAndFinal.finalUnitId) {
    above.push(rootAndFinal.finalUnitId);
  }
  return above;
}
