/**
 * What Tidtam follows, and the words the server and the browser both use for a
 * case's state. Each kind is written once here: the domain, the API schemas,
 * the SQL that picks kinds and the browser all read these lists, so a new kind
 * cannot be known to one side and missing from the other.
 */

/** The kinds the delivery unit follows to the ground: sent to units, acknowledged (reach), reported on, linked to integrated groups. */
export const deliveryKinds = ['directive', 'policy', 'cabinet_resolution'] as const;
export type DeliveryKind = (typeof deliveryKinds)[number];

/** The kinds government offices open themselves. */
export const governmentKinds = [...deliveryKinds, 'parliamentary_question', 'draft_bill'] as const;

/** Citizens bring complaints (and the operators who take their calls) and requests for official information. */
export const caseKinds = [...governmentKinds, 'complaint', 'info_request'] as const;
export type CaseKind = (typeof caseKinds)[number];

export function isDeliveryKind(kind: string): kind is DeliveryKind {
  return (deliveryKinds as readonly string[]).includes(kind);
}

export const caseStatuses = ['open', 'in_progress', 'completed', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const priorities = ['normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

/** What may be done with a case as a whole (the API lists the ones open to the viewer in `allowedActions`). */
export const caseActions = ['assign', 'close'] as const;
export type CaseAction = (typeof caseActions)[number];
