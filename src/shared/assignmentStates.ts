/**
 * The words of an assignment (one unit's share of one case) that the server
 * and the browser both use: its statuses, its roles and the actions on it.
 * The moves between statuses are the domain's (`domain/cases/assignmentLifecycle.ts`).
 */
export const assignmentStatuses = ['sent', 'acknowledged', 'in_progress', 'done', 'accepted', 'returned'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

export const assignmentRoles = ['lead', 'support', 'information'] as const;
export type AssignmentRole = (typeof assignmentRoles)[number];

/** Assignee actions are taken by the unit the assignment was sent to; assigner actions by the unit that sent it. */
export const assigneeActions = ['acknowledge', 'cascade', 'progress', 'complete', 'return'] as const;
export const assignerActions = ['accept', 'send_back'] as const;
export type AssigneeAction = (typeof assigneeActions)[number];
export type AssignerAction = (typeof assignerActions)[number];
export type AssignmentAction = AssigneeAction | AssignerAction;
export const assignmentActions = [...assigneeActions, ...assignerActions] as const;
