import { isDeliveryKind } from '../../shared/caseKinds.ts';
import { canCreateCase, isCaseOwnerSide, type CaseFacts } from './casePolicy.ts';
import type { Actor } from '../roles.ts';

/**
 * Who may import a case's budget: the owner side in a role that runs such
 * cases (the case's own unit or above it, coordinator or delivery unit; the
 * rule `canManageCase` uses) and the delivery unit for every case, as it
 * follows the government's priorities nationally. Only directives, policies
 * and cabinet resolutions carry a budget. A closed case still takes one:
 * disbursement figures are final only after the work ends.
 */
export function canImportBudget(actor: Actor, facts: Pick<CaseFacts, 'kind' | 'ownerUnitPath'>): boolean {
  if (!isDeliveryKind(facts.kind)) return false;
  if (actor.role === 'delivery_unit') return true;
  return canCreateCase(actor, facts.kind) && isCaseOwnerSide(actor, facts);
}
