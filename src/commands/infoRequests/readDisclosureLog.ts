import { infoRequestDisplayState } from '../../domain/infoRequests/displayState.ts';
import type { InfoRequestDisplayState } from '../../shared/infoRequests.ts';
import { readAttachmentData } from '../../db/queries/attachmentQueries.ts';
import {
  agencyReceivedRequests,
  findAgencyByCode,
  findPublicDocumentFile,
  findPublishedRequestByRef,
  listDisclosureAgencies,
  listDisclosureGrounds,
  listPublicDocuments,
  listPublishedAnswers,
  listPublishedRequests,
  readAgencyStatistics,
  type AgencyStatisticsRow,
  type DisclosureAgencyRow,
  type PublicDocumentRow,
  type PublishedAnswerRow,
  type PublishedRequestRow,
} from '../../db/queries/infoRequestDisclosureQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { fiscalYearOf, fiscalYearSpan } from '../../domain/league/fiscalYear.ts';
import { planSearch } from '../../domain/search/planSearch.ts';
import type { PublicContext } from '../context.ts';

export type DisclosureGround = { code: string; section: string; item: string | null; nameTh: string; nameEn: string };

export interface DisclosureIndex {
  agencies: DisclosureAgencyRow[];
  requests: DisclosedRequestRow[];
  query: string | null;
}

const PAGE = 50;

/** A published request with the state people read: overdue and long overdue from its deadlines (`displayState.ts`). */
export type DisclosedRequestRow = PublishedRequestRow & { displayState: InfoRequestDisplayState };

function withDisplayState<T extends PublishedRequestRow>(row: T, now: Date): T & { displayState: InfoRequestDisplayState } {
  const displayState = infoRequestDisplayState(
    { state: row.state, dueAt: row.due_at, longOverdueAt: row.long_overdue_at, clarificationSince: row.clarification_since },
    now,
  );
  return { ...row, displayState };
}

/** The disclosure log's front page: agencies with published requests, and the newest or the found requests. */
export async function readDisclosureIndex(ctx: PublicContext, input: { q?: string | undefined }): Promise<DisclosureIndex> {
  const query = input.q?.trim() || null;
  const plan = query ? planSearch(query) : null;
  const rows = query && !plan ? [] : await listPublishedRequests(ctx.db, { agencyId: null, plan, limit: PAGE });
  const now = ctx.clock.now();
  return { agencies: await listDisclosureAgencies(ctx.db), requests: rows.map((row) => withDisplayState(row, now)), query };
}

export interface DisclosureAgency {
  agency: { id: string; code: string; nameTh: string; nameEn: string | null };
  fiscalYear: number;
  statistics: AgencyStatisticsRow & { onTimeShare: number | null };
  grounds: DisclosureGround[];
  requests: DisclosedRequestRow[];
}

/** An agency's page: its figures over a fiscal year (every request it received), then its published requests. */
export async function readDisclosureAgency(
  ctx: PublicContext,
  input: { code: string; fiscalYear?: number | undefined },
): Promise<DisclosureAgency> {
  const agency = await findAgencyByCode(ctx.db, input.code);
  if (!agency) throw new AppError('not_found');
  const fiscalYear = input.fiscalYear ?? fiscalYearOf(ctx.clock.now());
  const span = fiscalYearSpan(fiscalYear);
  const statistics = await readAgencyStatistics(ctx.db, { agencyId: agency.id, from: span.start, to: span.end });
  const now = ctx.clock.now();
  const requests = (await listPublishedRequests(ctx.db, { agencyId: agency.id, plan: null, limit: PAGE })).map((row) =>
    withDisplayState(row, now),
  );
  if (statistics.received === 0 && requests.length === 0) {
    // Only agencies that received requests have a page: any other code is not found, like an unknown one.
    if (!(await agencyReceivedRequests(ctx.db, agency.id))) throw new AppError('not_found');
  }
  return {
    agency: { id: agency.id, code: agency.code, nameTh: agency.name_th, nameEn: agency.name_en },
    fiscalYear,
    statistics: { ...statistics, onTimeShare: statistics.answered ? statistics.answered_on_time / statistics.answered : null },
    grounds: await grounds(ctx),
    requests,
  };
}

export interface DisclosedRequest {
  request: DisclosedRequestRow & { form_wanted: string };
  answers: PublishedAnswerRow[];
  documents: PublicDocumentRow[];
  grounds: DisclosureGround[];
}

/** One published request as the public reads it; any other reference is not found. */
export async function readDisclosedRequest(ctx: PublicContext, ref: string): Promise<DisclosedRequest> {
  const request = await findPublishedRequestByRef(ctx.db, ref);
  if (!request) throw new AppError('not_found');
  return {
    request: withDisplayState(request, ctx.clock.now()),
    answers: await listPublishedAnswers(ctx.db, request.case_id),
    documents: await listPublicDocuments(ctx.db, request.case_id),
    grounds: await grounds(ctx),
  };
}

/** A document's file: only an approved document of a request published now; anything else is not found. */
export async function readDisclosedDocument(ctx: PublicContext, documentId: string) {
  const file = await findPublicDocumentFile(ctx.db, documentId);
  if (!file) throw new AppError('not_found');
  return { filename: file.filename, contentType: file.content_type, data: await readAttachmentData(ctx.db, file.attachment_id) };
}

async function grounds(ctx: PublicContext): Promise<DisclosureGround[]> {
  return (await listDisclosureGrounds(ctx.db)).map((g) => ({
    code: g.code,
    section: g.section,
    item: g.item,
    nameTh: g.name_th,
    nameEn: g.name_en,
  }));
}
