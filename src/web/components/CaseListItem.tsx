import type { CaseSummary } from '../../shared/api/cases.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { CaseStatusTag, OverdueTag, PriorityTag } from './StatusTag.tsx';

export function CaseListItem({ item }: { item: CaseSummary }) {
  const { t, name, date } = useI18n();
  return (
    <li class={`work-item${item.overdue ? ' work-item--overdue' : ''}`}>
      <h3 class="work-item__title">
        <a href={`/cases/${item.id}`}>{item.title}</a>
      </h3>
      <p class="work-item__meta">
        <span class="nowrap">{item.ref}</span>
        <span aria-hidden="true"> · </span>
        <span>{t.caseKind[item.kind]}</span>
      </p>
      <p class="tags">
        {item.overdue && <OverdueTag />}
        <CaseStatusTag status={item.status} />
        <PriorityTag priority={item.priority} />
      </p>
      <p class="work-item__waiting">
        {t.cases.owner}: {name(item.ownerUnit.name)}
      </p>
      {item.dueAt && <p class={`work-item__due${item.overdue ? ' text-overdue' : ''}`}>{t.dueOn(date(item.dueAt))}</p>}
    </li>
  );
}
