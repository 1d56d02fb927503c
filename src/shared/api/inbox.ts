import { Type, type Static } from 'typebox';
import { caseKinds, caseStatuses, priorities } from '../caseKinds.ts';
import { AssignmentView } from './assignments.ts';
import { Nullable, oneOf } from './common.ts';

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
});
export type InboxItem = Static<typeof InboxItem>;

export const InboxList = Type.Object({ items: Type.Array(InboxItem), hasMore: Type.Boolean() });
export type InboxList = Static<typeof InboxList>;
