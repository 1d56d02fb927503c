import type { RoutingTestAnswer } from '../../commands/complaints/testRoutingRule.ts';
import type { UnitTreePageResult } from '../../commands/units/browseUnitTree.ts';
import type { AreaLabelPart } from '../../db/queries/areaLabelSql.ts';
import type { NamedRoutingRuleRow } from '../../db/queries/routingRuleNameQueries.ts';
import type { AreaLabel, RoutingRuleView, RoutingTestResult, UnitTreeItem, UnitTreePage } from '../../shared/api/adminOrg.ts';
import { localized, presentUnit } from './presentUnit.ts';

/** An area with its parents, most specific first. */
export function presentAreaLabel(parts: AreaLabelPart[]): AreaLabel {
  return parts.map((part) => ({ code: part.code, level: part.level, name: localized(part.th, part.en) }));
}

function presentTreeItem(row: UnitTreePageResult['rows'][number]): UnitTreeItem {
  return {
    ...presentUnit(row),
    parentId: row.parent_id,
    parentName: row.parent_name_th ? localized(row.parent_name_th, row.parent_name_en) : null,
    childCount: row.child_count,
    area: presentAreaLabel(row.area),
  };
}

export function presentUnitTreePage(page: UnitTreePageResult, paging: { offset: number; limit: number }): UnitTreePage {
  const parent = page.parent;
  return {
    parent: parent
      ? {
          unit: {
            ...presentUnit(parent.unit),
            parentId: parent.unit.parent_id,
            parentName: parent.ancestors.length > 0 ? localized(parent.ancestors.at(-1)!.name_th, parent.ancestors.at(-1)!.name_en) : null,
            childCount: 0,
            area: presentAreaLabel(parent.area),
          },
          ancestors: parent.ancestors.map(presentUnit),
        }
      : null,
    items: page.rows.map(presentTreeItem),
    total: page.total,
    offset: paging.offset,
    limit: paging.limit,
  };
}

export function presentRoutingRule(row: NamedRoutingRuleRow): RoutingRuleView {
  return {
    id: row.id,
    categoryCode: row.category_code,
    category: row.category_name_th ? localized(row.category_name_th, row.category_name_en) : null,
    areaCode: row.area_code,
    area: presentAreaLabel(row.area),
    unit: { id: row.unit_id, code: row.unit_code, name: localized(row.unit_name_th, row.unit_name_en) },
  };
}

export function presentRoutingTest(answer: RoutingTestAnswer): RoutingTestResult {
  return {
    category: { code: answer.category.code, name: localized(answer.category.nameTh, answer.category.nameEn) },
    categoryChosenBy: answer.categoryChosenBy,
    area: presentAreaLabel(answer.area),
    unit: { id: answer.unit.id, code: answer.unit.code, name: localized(answer.unit.nameTh, answer.unit.nameEn) },
    routedBy: answer.routedBy,
    rule: answer.rule ? presentRoutingRule(answer.rule) : null,
  };
}
