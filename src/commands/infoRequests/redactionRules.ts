import type { Queryable } from '../../db/database.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import {
  deleteRedactionRule,
  findContactCase,
  findPublicationSubject,
  findRedactionRule,
  findRequesterForRedaction,
  findUnitPath,
  insertRedactionRule,
  listRulesForRequest,
  listSiteAndAgencyRules,
  type RedactionRuleRow,
} from '../../db/queries/infoRequestOpenQueries.ts';
import { AppError } from '../../domain/errors.ts';
import {
  canListRedactionRules,
  canManageRedactionRule,
  canReadInfoRequestPublication,
} from '../../domain/policies/infoRequestOpenPolicy.ts';
import { scopePathPrefix, readScope } from '../../domain/policies/readScope.ts';
import type { Actor } from '../../domain/roles.ts';
import type { RedactionScope } from '../../shared/infoRequests.ts';
import { recordAdminChange } from '../audit/recordAdminChange.ts';
import type { CommandContext, ReadContext } from '../context.ts';

export interface RedactionRuleView {
  id: string;
  scope: RedactionScope;
  unit: { id: string; code: string; nameTh: string } | null;
  caseId: string | null;
  pattern: string;
  replacement: string;
  reason: string | null;
  createdAt: Date;
  canDelete: boolean;
}

export interface RedactionRuleInput {
  scope: RedactionScope;
  /** The agency of an agency rule. */
  unitId?: string | undefined;
  /** The request of a request rule, or whose requester a requester rule is for. */
  caseId?: string | undefined;
  pattern: string;
  replacement?: string | undefined;
  reason?: string | undefined;
}

/** The agency path a rule is checked against (site rules have none). */
async function targetPathOf(db: Queryable, rule: { scope: RedactionScope; unitId: string | null; caseId: string | null }) {
  if (rule.scope === 'site') return null;
  if (rule.scope === 'agency') return (await findUnitPath(db, rule.unitId!))?.path ?? null;
  return (await findPublicationSubject(db, rule.caseId!))?.agency_path ?? null;
}

function view(actor: Actor, row: RedactionRuleRow, targetPath: string | null): RedactionRuleView {
  return {
    id: row.id,
    scope: row.scope,
    unit: row.unit_id ? { id: row.unit_id, code: row.unit_code!, nameTh: row.unit_name_th! } : null,
    caseId: row.case_id,
    pattern: row.pattern,
    replacement: row.replacement,
    reason: row.reason,
    createdAt: row.created_at,
    canDelete: canManageRedactionRule(actor, row.scope, targetPath),
  };
}

/**
 * The rules: of one request (every scope that applies to it, for the staff handling it), or the
 * site-wide rules and the agency rules within the actor's reach (administrators and coordinators).
 */
export async function listRedactionRules(ctx: ReadContext, input: { caseId?: string | undefined }): Promise<RedactionRuleView[]> {
  if (input.caseId) {
    const subject = await findPublicationSubject(ctx.db, input.caseId);
    if (!subject || !canReadInfoRequestPublication(ctx.actor, subject.agency_path)) throw new AppError('not_found');
    const contact = await findRequesterForRedaction(ctx.db, input.caseId);
    const rows = await listRulesForRequest(ctx.db, {
      caseId: input.caseId,
      agencyUnitId: subject.agency_unit_id,
      contactId: contact?.id ?? null,
    });
    return rows.map((row) => view(ctx.actor, row, row.scope === 'site' ? null : subject.agency_path));
  }
  if (!canListRedactionRules(ctx.actor)) throw new AppError('forbidden');
  const rows = await listSiteAndAgencyRules(ctx.db, scopePathPrefix(readScope(ctx.actor)));
  const paths = new Map<string, string>();
  for (const row of rows)
    if (row.unit_id && !paths.has(row.unit_id)) paths.set(row.unit_id, (await findUnitPath(ctx.db, row.unit_id))!.path);
  return rows.map((row) => view(ctx.actor, row, row.unit_id ? paths.get(row.unit_id)! : null));
}

const missing = (path: string, th: string, en: string) => new AppError('validation_failed', { fields: [{ path, th, en }] });

/** Adds a rule; site and agency rules go to the administration trail, a request's or requester's to the case's events. */
export async function createRedactionRule(ctx: CommandContext, input: RedactionRuleInput): Promise<RedactionRuleView> {
  const now = ctx.clock.now();
  const pattern = input.pattern.trim();
  if (!pattern) throw missing('/pattern', 'โปรดกรอกข้อความที่ต้องการปกปิด', 'Enter the words to take out.');
  if (input.scope === 'agency' && !input.unitId) throw missing('/unitId', 'โปรดเลือกหน่วยงาน', 'Choose the agency.');
  if ((input.scope === 'request' || input.scope === 'requester') && !input.caseId) {
    throw missing('/caseId', 'โปรดระบุคำขอที่ใช้กฎนี้', 'Say which request the rule is for.');
  }
  return ctx.db.transaction(async (tx) => {
    let unitId: string | null = null;
    let caseId: string | null = null;
    let contactId: string | null = null;
    if (input.scope === 'agency') {
      if (!(await findUnitPath(tx, input.unitId!))) throw missing('/unitId', 'ไม่พบหน่วยงานนี้', 'There is no such agency.');
      unitId = input.unitId!;
    }
    if (input.scope === 'request' || input.scope === 'requester') {
      const subject = await findPublicationSubject(tx, input.caseId!, { forUpdate: true });
      if (!subject || !canReadInfoRequestPublication(ctx.actor, subject.agency_path)) throw new AppError('not_found');
      if (input.scope === 'request') caseId = subject.case_id;
      else {
        const contact = await findRequesterForRedaction(tx, subject.case_id);
        if (!contact) throw new AppError('not_found');
        contactId = contact.id;
      }
    }
    const targetPath = await targetPathOf(tx, { scope: input.scope, unitId, caseId: caseId ?? input.caseId ?? null });
    if (!canManageRedactionRule(ctx.actor, input.scope, targetPath)) throw new AppError('forbidden');
    const replacement = input.replacement?.trim() || '[ปกปิด]';
    const reason = input.reason?.trim() || null;
    const id = await insertRedactionRule(tx, {
      scope: input.scope,
      unitId,
      contactId,
      caseId,
      pattern,
      replacement,
      reason,
      createdBy: ctx.actor.userId,
      now,
    });
    await recordChange(
      tx,
      ctx,
      { id, scope: input.scope, caseId: input.caseId ?? null, unitId },
      'create',
      { pattern, replacement, reason },
      now,
    );
    return view(ctx.actor, (await findRedactionRule(tx, id))!, targetPath);
  });
}

/** Removes a rule; what was already published stays as it was published until it is published again. */
export async function removeRedactionRule(ctx: CommandContext, id: string, input: { caseId?: string | undefined } = {}): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const rule = await findRedactionRule(tx, id);
    if (!rule) throw new AppError('not_found');
    // A requester's rule belongs to their contact row; the request it is removed from names its agency.
    let caseId = rule.case_id;
    if (rule.scope === 'requester') {
      caseId = (await findContactCase(tx, rule.contact_id)) ?? input.caseId ?? null;
    }
    const targetPath = await targetPathOf(tx, { scope: rule.scope, unitId: rule.unit_id, caseId });
    if (!canManageRedactionRule(ctx.actor, rule.scope, targetPath)) {
      throw new AppError(rule.scope === 'site' || rule.scope === 'agency' ? 'forbidden' : 'not_found');
    }
    await deleteRedactionRule(tx, id);
    const before = { pattern: rule.pattern, replacement: rule.replacement, reason: rule.reason };
    await recordChange(tx, ctx, { id, scope: rule.scope, caseId, unitId: rule.unit_id }, 'delete', before, now);
  });
}

async function recordChange(
  tx: Queryable,
  ctx: CommandContext,
  rule: { id: string; scope: RedactionScope; caseId: string | null; unitId: string | null },
  verb: 'create' | 'delete',
  snapshot: { pattern: string; replacement: string; reason: string | null },
  now: Date,
): Promise<void> {
  if (rule.scope === 'site' || rule.scope === 'agency') {
    await recordAdminChange(
      tx,
      { actor: ctx.actor, at: now },
      {
        action: `redaction_rule.${verb}`,
        targetType: 'redaction_rule',
        targetId: rule.id,
        before: verb === 'delete' ? { scope: rule.scope, unitId: rule.unitId, ...snapshot } : null,
        after: verb === 'create' ? { scope: rule.scope, unitId: rule.unitId, ...snapshot } : null,
      },
    );
    return;
  }
  // The case's trail says a rule changed, not its words: they may be the very personal data it hides.
  await appendEvent(tx, {
    caseId: rule.caseId!,
    type: verb === 'create' ? 'redaction_rule_added' : 'redaction_rule_removed',
    actorUserId: ctx.actor.userId,
    actorUnitId: ctx.actor.unitId,
    data: { ruleId: rule.id, scope: rule.scope },
    at: now,
  });
}
