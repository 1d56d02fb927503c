import { findOpen311Requests, type Open311RequestRow } from '../../db/queries/open311Queries.ts';
import { AppError } from '../../domain/errors.ts';
import type { PublicContext } from '../context.ts';

/** One Open311 request by its public id (never by tracking code, which only the citizen holds). */
export async function readOpen311Request(ctx: PublicContext, publicId: string): Promise<Open311RequestRow> {
  const [row] = await findOpen311Requests(ctx.db, { publicIds: [publicId], limit: 1 });
  if (!row) throw new AppError('not_found', { th: 'ไม่พบเรื่องที่มีรหัสนี้', en: 'There is no request with this service_request_id.' });
  return row;
}
