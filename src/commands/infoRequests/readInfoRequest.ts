import {
  listInfoRequestObjections,
  listInfoRequestsWithin,
  oicUnitPath,
  searchRequestableAgencies,
} from '../../db/queries/infoRequestHandlingQueries.ts';
import { readContactsLogged } from '../../db/queries/complaintQueries.ts';
import { AppError } from '../../domain/errors.ts';
import {
  canAskClarification,
  canReadRequester,
  canTransferInfoRequest,
  isHandlingInfoRequest,
} from '../../domain/policies/infoRequestHandlingPolicy.ts';
import { readScope, scopePathPrefix } from '../../domain/policies/readScope.ts';
import type { InfoRequestDisplayState } from '../../shared/infoRequests.ts';
import type { infoRequestActions, StaffInfoRequestView } from '../../shared/api/infoRequests.ts';
import type { CommandContext, PublicContext, ReadContext } from '../context.ts';
import { loadInfoRequest } from './loadInfoRequest.ts';
import { publicInfoRequestView } from './trackInfoRequest.ts';

/**
 * A request as its readers among staff see it: what the requester sees, plus the channel, the lead
 * assignment, objections and what this actor may do (`allowedActions`, from the same policies the
 * commands ask). The requester's identity is not here: it has its own logged read.
 */
export async function readInfoRequest(ctx: ReadContext, caseId: string): Promise<StaffInfoRequestView> {
  const { request, facts } = await loadInfoRequest(ctx.db, ctx.actor, caseId);
  const now = ctx.clock.now();
  const view = await publicInfoRequestView(ctx.db, request, now);
  const objections = await listInfoRequestObjections(ctx.db, caseId);
  const handling = isHandlingInfoRequest(ctx.actor, facts);
  const actions: (typeof infoRequestActions)[number][] = [];
  if (canTransferInfoRequest(ctx.actor, facts)) actions.push('transfer');
  if (canAskClarification(ctx.actor, facts) && request.state !== 'clarification_needed') actions.push('clarify');
  if (canReadRequester(ctx.actor, facts)) actions.push('read_requester');
  if (handling && facts.pending && request.state !== 'clarification_needed') actions.push('answer');
  if (handling && request.publish_consent && !facts.pending && request.state !== 'withdrawn') actions.push('publish');
  return {
    id: request.case_id,
    ...view,
    // Staff who handle the request read its words unmasked; others read what the requester reads.
    ...(handling ? { title: request.title, body: request.body } : {}),
    channel: request.channel,
    publishConsent: request.publish_consent,
    longOverdueAt: request.long_overdue_at?.toISOString() ?? null,
    leadAssignment: request.lead_id ? { id: request.lead_id, status: request.lead_status!, unitId: request.lead_unit_id! } : null,
    objections: objections.map((o) => ({
      id: o.id,
      kind: o.kind,
      status: o.status,
      filedAt: o.filed_at.toISOString(),
      dueAt: o.due_at?.toISOString() ?? null,
    })),
    allowedActions: actions,
  };
}

/**
 * Requests handled within the actor's reach (the agency or a unit holding its lead), newest first,
 * optionally in one displayed state; the Commission's office and national roles read every request.
 */
export async function listInfoRequests(ctx: ReadContext, input: { state?: InfoRequestDisplayState; limit: number; offset: number }) {
  const oic = await oicUnitPath(ctx.db);
  const everything = oic !== null && ctx.actor.unitPath.startsWith(oic);
  const rows = await listInfoRequestsWithin(ctx.db, {
    pathPrefix: everything ? null : scopePathPrefix(readScope(ctx.actor)),
    displayState: input.state ?? null,
    now: ctx.clock.now(),
    limit: input.limit,
    offset: input.offset,
  });
  return { rows, total: rows[0]?.total ?? 0 };
}

/** The requester's identity and contact: only for those handling the request, and every read is recorded. */
export async function readRequester(ctx: CommandContext, caseId: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { facts } = await loadInfoRequest(tx, ctx.actor, caseId);
    if (!canReadRequester(ctx.actor, facts)) throw new AppError('forbidden');
    const rows = await readContactsLogged(tx, { caseId, userId: ctx.actor.userId, unitId: ctx.actor.unitId, purpose: 'info_request', now });
    // The postal address is the requester's too; read in the same logged transaction.
    const addresses = await tx.query<{ id: string; address: string | null }>(
      'select id, address from complainant_contacts where case_id = $1',
      [caseId],
    );
    const byId = new Map(addresses.rows.map((row) => [row.id, row.address]));
    return rows.map((row) => ({ ...row, address: byId.get(row.id) ?? null }));
  });
}

/** The public chooser of agencies: units by name or abbreviation, with their parents' names, a page at a time. */
export async function searchAgencies(deps: PublicContext, input: { q: string; limit: number; offset: number }) {
  return searchRequestableAgencies(deps.db, { q: input.q.trim(), limit: input.limit, offset: input.offset });
}
