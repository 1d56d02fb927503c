import { isDeliveryKind } from '../../shared/caseKinds.ts';
import { canManageCase, type CaseFacts } from './casePolicy.ts';
import { hasNationalReach, reaches, type Actor } from '../roles.ts';

/**
 * Who may record the answer to a parliamentary question: whoever runs the
 * case, and the coordinators of the answering ministry (the ministry drafts
 * the minister's answer, Standing Orders of the House, ss. 150–162).
 */
export function canAnswerQuestion(actor: Actor, facts: CaseFacts, answeringUnitPath: string | null): boolean {
  if (facts.kind !== 'parliamentary_question' || facts.status === 'closed') return false;
  if (canManageCase(actor, facts)) return true;
  return actor.role === 'coordinator' && answeringUnitPath !== null && reaches(actor, answeringUnitPath);
}

export function canAdvanceBill(actor: Actor, facts: CaseFacts): boolean {
  return facts.kind === 'draft_bill' && canManageCase(actor, facts);
}

/** Integrated groups are set up by the delivery unit, which runs them for the Prime Minister. */
export function canManageGroups(actor: Actor): boolean {
  return actor.role === 'delivery_unit';
}

/** A directive or policy joins a group when its owner side (or the delivery unit) says so. */
export function canLinkCaseToGroup(actor: Actor, facts: CaseFacts): boolean {
  if (!isDeliveryKind(facts.kind)) return false;
  return actor.role === 'delivery_unit' || (canManageCase(actor, facts) && hasNationalReach(actor.role));
}
