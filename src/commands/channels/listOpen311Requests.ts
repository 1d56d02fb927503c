import { findOpen311Requests, type Open311RequestRow } from '../../db/queries/open311Queries.ts';
import { AppError } from '../../domain/errors.ts';
import { days } from '../../shared/thaiTime.ts';
import type { PublicContext } from '../context.ts';

/** The widest window one Open311 list may cover, and its default: enough for a civic app, too little to scrape history in one go. */
const WINDOW_DAYS = 90;
const LIST_MAX = 1000;

export interface Open311RequestFilter {
  /** Public ids; when given, the other filters are ignored (the spec's rule). */
  publicIds?: string[];
  serviceCodes?: string[];
  statuses?: ('open' | 'closed')[];
  start?: Date;
  end?: Date;
}

/**
 * Complaints as Open311 requests, newest first, at most 1,000: by default those of the last
 * 90 days, and never a window wider than that. Anonymous, so only what the public may see
 * (the presenter masks the text and rounds the place).
 */
export async function listOpen311Requests(ctx: PublicContext, filter: Open311RequestFilter): Promise<Open311RequestRow[]> {
  const now = ctx.clock.now();
  const ids = filter.publicIds;
  const end = filter.end ?? (ids ? undefined : now);
  const start = filter.start ?? (ids ? undefined : new Date((end ?? now).getTime() - days(WINDOW_DAYS)));
  if (start && end && end.getTime() - start.getTime() > days(WINDOW_DAYS)) {
    throw new AppError('validation_failed', {
      th: 'ช่วงวันที่ต้องไม่เกิน 90 วัน',
      en: 'start_date to end_date may not span more than 90 days.',
    });
  }
  return findOpen311Requests(ctx.db, {
    publicIds: ids,
    serviceCodes: ids ? undefined : filter.serviceCodes,
    statuses: ids ? undefined : filter.statuses,
    start: ids ? undefined : start,
    end: ids ? undefined : end,
    limit: LIST_MAX,
  });
}
