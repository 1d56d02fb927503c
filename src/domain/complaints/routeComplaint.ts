/**
 * Which unit a new complaint goes to. Rules are set by category and area; the
 * most specific area wins (subdistrict, then district, then province, then
 * national), and at the same area a rule for the complaint's category wins
 * over a rule for any category. Without a rule the complaint goes to the
 * district office of its district (a subdistrict or district area; in
 * Bangkok the สำนักงานเขต), else the provincial hall of its province, else
 * the intake centre (the 1111 contact centre), which routes it by hand.
 */
export interface RoutingTables {
  /** `${categoryCode ?? ''}|${areaCode ?? ''}` → unit id. */
  rules: ReadonlyMap<string, string>;
  /** An area's parent (subdistrict → district → province). */
  areaParent: ReadonlyMap<string, string | null>;
  /** The district office or provincial hall whose area is this code. */
  territorialUnitByArea: ReadonlyMap<string, string>;
  intakeUnitId: string | null;
}

export type RoutedBy = 'rule' | 'district_office' | 'provincial_hall' | 'intake_centre';

export function routingKey(categoryCode: string | null, areaCode: string | null): string {
  return `${categoryCode ?? ''}|${areaCode ?? ''}`;
}

/** The area and its parents, most specific first. */
export function areaChain(areaCode: string | null, areaParent: ReadonlyMap<string, string | null>): string[] {
  const chain: string[] = [];
  let code: string | null | undefined = areaCode;
  while (code && chain.length < 4) {
    chain.push(code);
    code = areaParent.get(code);
  }
  return chain;
}

export function routeComplaint(
  tables: RoutingTables,
  input: { categoryCode: string; areaCode: string | null },
): { unitId: string; routedBy: RoutedBy; rule?: { categoryCode: string | null; areaCode: string | null } } | null {
  const chain = areaChain(input.areaCode, tables.areaParent);
  for (const area of [...chain, null]) {
    // Which rule decided is part of the answer, so "where would this complaint go?" can name it.
    for (const categoryCode of [input.categoryCode, null]) {
      const unitId = tables.rules.get(routingKey(categoryCode, area));
      if (unitId) return { unitId, routedBy: 'rule', rule: { categoryCode, areaCode: area } };
    }
  }
  for (const area of chain) {
    const unitId = tables.territorialUnitByArea.get(area);
    if (unitId) return { unitId, routedBy: area.length === 2 ? 'provincial_hall' : 'district_office' };
  }
  return tables.intakeUnitId ? { unitId: tables.intakeUnitId, routedBy: 'intake_centre' } : null;
}
