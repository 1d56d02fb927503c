import { Type, type Static } from 'typebox';
import { caseKinds, caseStatuses, priorities } from '../caseKinds.ts';
import { AssignmentView } from './assignments.ts';
import { LocalizedText, Nullable, oneOf } from './common.ts';
import { unitKinds } from '../unitKinds.ts';
import { assignmentStatuses } from '../assignmentStates.ts';

/** The shape of `/api/inbox`: what waits for the signed-in person's unit, and why. */
export const InboxItem = Type.Object({
  assignment: AssignmentView,
  case: Type.Object({
    id: Type.String(),
    ref: Type.String(),
    kind: oneOf(caseKinds),
    title: Type.String(),
    status: oneOf(caseStatuses),
    priority: oneOf(priorities),
  }),
  waitingFor: Type.Union(
    [Type.Literal('acknowledgement'), Type.Literal('action'), Type.Literal('acceptance'), Type.Literal('escalation'), Type.Literal('help')],
    {
      description:
        'escalation: a unit below missed its service level and the work was escalated to my unit; help: a unit asked my unit (the case owner) for help in its latest progress report',
    },
  ),
  remindedAt: Nullable(Type.String({ format: 'date-time', description: 'When the unit was last reminded by the service-level sweep' })),
  escalation: Nullable(
    Type.Object({
      reason: Type.Union([Type.Literal('acknowledge'), Type.Literal('resolve')]),
      level: Type.Integer({ description: '1 for the first unit up the chain' }),
      at: Type.String({ format: 'date-time' }),
    }),
  ),
  group: Type.Array(
    Type.Object({
      assignmentId: Type.String(),
      unit: Type.Object({ code: Type.String(), kind: oneOf(unitKinds), name: LocalizedText }),
      status: oneOf(assignmentStatuses),
      dueAt: Nullable(Type.String({ format: 'date-time' })),
      overdue: Type.Boolean(),
    }),
    {
      description:
        "The units of this item, most urgent first: one for the unit's own work; for other units' work on one case waiting on my unit for the same reason (escalated, asking help, awaiting acceptance), every such unit",
    },
  ),
});
export type InboxItem = Static<typeof InboxItem>;

export const InboxList = Type.Object({ items: Type.Array(InboxItem), hasMore: Type.Boolean() });
export type InboxList = Static<typeof InboxList>;
