import type { InboxItem } from '../../shared/api/inbox.ts';
import type { UnitKind } from '../../shared/unitKinds.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { OverdueTag, PriorityTag } from './StatusTag.tsx';
import '../styles/picture.css';

/** The kind all the units share ("provincial halls"), or null when they differ ("units"). */
function sharedKind(group: InboxItem['group']): UnitKind | null {
  const kinds = new Set(group.map((member) => member.unit.kind));
  return kinds.size === 1 ? ([...kinds][0] as UnitKind) : null;
}

/**
 * Several units' work on one case that waits on my unit for the same reason, as one line:
 * "ศาลากลางจังหวัด 9 แห่งยังไม่รับทราบ DIR-2569-000004", with the units behind a disclosure
 * (a native `details`, so keyboards and screen readers open it without script).
 */
export function GroupedInboxItem({ item }: { item: InboxItem }) {
  const { t, name, date } = useI18n();
  const words = t.picture.inbox;
  const kind = sharedKind(item.group);
  const n = item.group.length;
  const summary =
    item.waitingFor === 'help'
      ? words.help(kind, n, item.case.ref)
      : item.waitingFor === 'acceptance'
        ? words.acceptance(kind, n, item.case.ref)
        : item.escalation?.reason === 'resolve'
          ? words.notResolved(kind, n, item.case.ref)
          : words.notAcknowledged(kind, n, item.case.ref);
  const overdue = item.group.some((member) => member.overdue);
  return (
    <li class={`work-item${overdue ? ' work-item--overdue' : ''}`}>
      <h2 class="work-item__title">
        <a href={`/cases/${item.case.id}`}>{summary}</a>
      </h2>
      <p class="work-item__meta">
        <span>{item.case.title}</span>
        <span aria-hidden="true"> · </span>
        <span>{t.caseKind[item.case.kind]}</span>
      </p>
      <p class="tags">
        {overdue && <OverdueTag />}
        <PriorityTag priority={item.case.priority} />
      </p>
      <details class="grouped-units">
        <summary>{words.showUnits(n)}</summary>
        <ul>
          {item.group.map((member) => (
            <li key={member.assignmentId}>
              {name(member.unit.name)}
              {member.dueAt && <span class={member.overdue ? 'text-overdue' : undefined}> · {t.dueOn(date(member.dueAt))}</span>}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
