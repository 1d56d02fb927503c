import { listNamedRoutingRules, type NamedRoutingRuleRow } from '../../db/queries/routingRuleNameQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canManageComplaintSettings } from '../../domain/policies/complaintPolicy.ts';
import type { ReadContext } from '../context.ts';

/** Every routing rule in names, for the administrators' routing-rules page (administrators only, as the rules' changes). */
export async function listRoutingRulesForAdmin(ctx: ReadContext): Promise<NamedRoutingRuleRow[]> {
  if (!canManageComplaintSettings(ctx.actor)) throw new AppError('forbidden');
  return listNamedRoutingRules(ctx.db);
}
