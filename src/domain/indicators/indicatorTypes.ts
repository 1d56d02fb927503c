/** The indicator words live in `shared/` because the browser shows them too. */
export {
  aggregations,
  directions,
  indicatorKinds,
  type Aggregation,
  type Direction,
  type IndicatorKind,
} from '../../shared/indicatorTypes.ts';

/** The planned value for one period (`YYYY-MM`). */
export interface TrajectoryPoint {
  period: string;
  value: number;
}
