import type { InboxItem } from '../../shared/api/inbox.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { AssignmentStatusTag, OverdueTag, PriorityTag } from './StatusTag.tsx';

interface Props {
  item: InboxItem;
  onAcknowledge(item: InboxItem): void;
  busy: boolean;
}

/** One piece of my unit's work: what it is, where it stands, when it is due, and the one-click acknowledgement. */
export function InboxItemView({ item, onAcknowledge, busy }: Props) {
  const { t, name, date } = useI18n();
  const { assignment } = item;
  const waiting =
    item.waitingFor === 'acceptance'
      ? t.inbox.acceptanceFrom(name(assignment.unit.name))
      : item.waitingFor === 'help'
        ? t.reports.helpFrom(name(assignment.unit.name))
        : item.waitingFor === 'escalation'
          ? (item.escalation?.reason === 'resolve' ? t.delivery.inbox.escalatedResolve : t.delivery.inbox.escalated)(
              name(assignment.unit.name),
            )
          : t.inbox.waitingFor[item.waitingFor];

  return (
    <li class={`work-item${assignment.overdue ? ' work-item--overdue' : ''}`}>
      <h2 class="work-item__title">
        <a href={`/cases/${item.case.id}`}>{item.case.title}</a>
      </h2>
      <p class="work-item__meta">
        <span class="nowrap">{item.case.ref}</span>
        <span aria-hidden="true"> · </span>
        <span>{t.caseKind[item.case.kind]}</span>
      </p>
      <p class="tags">
        {assignment.overdue && <OverdueTag />}
        <AssignmentStatusTag status={assignment.status} />
        <PriorityTag priority={item.case.priority} />
      </p>
      <p class="work-item__waiting">{waiting}</p>
      {item.remindedAt && item.waitingFor !== 'escalation' && (
        <p class="work-item__due">{t.delivery.inbox.reminded(date(item.remindedAt))}</p>
      )}
      {assignment.dueAt && <p class={`work-item__due${assignment.overdue ? ' text-overdue' : ''}`}>{t.dueOn(date(assignment.dueAt))}</p>}
      {assignment.allowedActions.includes('acknowledge') && (
        <button
          type="button"
          class="button button--small work-item__action"
          onClick={() => onAcknowledge(item)}
          aria-busy={busy || undefined}
        >
          {t.actions.acknowledge}
          <span class="visually-hidden">: {item.case.title}</span>
        </button>
      )}
    </li>
  );
}
