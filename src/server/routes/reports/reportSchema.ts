import { Type, type Static } from 'typebox';
import { aggregations, directions, indicatorKinds } from '../../../domain/indicators/indicatorTypes.ts';
import { literals } from '../../../shared/api/common.ts';
import { Period } from '../../../shared/api/reports.ts';
import { limits } from '../../../shared/limits.ts';
import { IsoDate, Uuid } from '../../schemas/common.ts';

export * from '../../../shared/api/reports.ts';

const Value = Type.Number({ minimum: -limits.indicatorValueMax, maximum: limits.indicatorValueMax });

export const IndicatorBody = Type.Object(
  {
    nameTh: Type.String({ minLength: 1, maxLength: limits.titleMax }),
    nameEn: Type.Optional(Type.String({ maxLength: limits.titleMax })),
    unitOfMeasure: Type.String({ minLength: 1, maxLength: 100, description: 'คน, แห่ง, ร้อยละ...' }),
    direction: literals(directions),
    kind: literals(indicatorKinds),
    baseline: Value,
    target: Value,
    targetDate: Type.Optional(IsoDate),
    aggregation: literals(aggregations),
    trajectory: Type.Array(Type.Object({ period: Period, value: Value }, { additionalProperties: false }), { maxItems: 120 }),
  },
  { additionalProperties: false },
);
export type IndicatorBody = Static<typeof IndicatorBody>;

export const ReportCycleBody = Type.Object(
  {
    cycleMonths: Type.Union(
      [1, 2, 3, 6, 12].map((n) => Type.Literal(n)),
      { description: 'Months between reports' },
    ),
  },
  { additionalProperties: false },
);

export const TemplateQuery = Type.Object(
  { format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { default: 'csv' }), period: Type.Optional(Period) },
  { additionalProperties: false },
);

export const StocktakeQuery = Type.Object(
  {
    caseIds: Type.Optional(
      Type.String({ pattern: '^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36}){0,49}$', description: 'Up to 50 case ids, comma-separated' }),
    ),
    groupId: Type.Optional(Uuid),
    format: Type.Union([Type.Literal('pdf'), Type.Literal('xlsx')], { default: 'pdf' }),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description: 'caseIds (policies by id), or groupId (every directive and policy of an integrated group I may read)',
  },
);
