import { INFO_REQUEST_ROW_MAKERS } from './infoRequestDatasets.ts';
import {
  budgetRow,
  complaintRow,
  complaintStatisticsRow,
  indicatorRow,
  measurementRow,
  policyRow,
  unitRow,
  type OpenDataRow,
} from './openDataRows.ts';

/** How each table's rows are made from its query's rows (`db/queries/openDataExportQueries.ts`), by table name. */
export const OPEN_DATA_ROW_MAKERS: Record<string, (row: never) => OpenDataRow> = {
  complaint_statistics: complaintStatisticsRow,
  complaints: complaintRow,
  policies: policyRow,
  indicators: indicatorRow,
  measurements: measurementRow,
  budget: budgetRow,
  units: unitRow,
  ...INFO_REQUEST_ROW_MAKERS,
};
