import type { ComplaintStatisticsResult } from '../../commands/statistics/readComplaintStatistics.ts';
import type { ComplaintStatistics } from '../../shared/api/statistics.ts';

/** The statistics as the API gives them: the read's shape, with its time as ISO text. */
export function presentComplaintStatistics(result: ComplaintStatisticsResult): ComplaintStatistics {
  return { ...result, asOf: result.asOf?.toISOString() ?? null };
}
