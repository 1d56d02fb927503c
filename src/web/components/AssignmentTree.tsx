import type { AssignmentView } from '../../shared/api/assignments.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { AssignmentStatusTag, OverdueTag } from './StatusTag.tsx';

/** Assignments nested under the one they were passed on from; one whose parent the viewer cannot see starts a branch. */
function childrenOf(assignments: readonly AssignmentView[]): Map<string | null, AssignmentView[]> {
  const visible = new Set(assignments.map((a) => a.id));
  const byParent = new Map<string | null, AssignmentView[]>();
  for (const assignment of assignments) {
    const parent = assignment.parentId && visible.has(assignment.parentId) ? assignment.parentId : null;
    const siblings = byParent.get(parent) ?? [];
    siblings.push(assignment);
    byParent.set(parent, siblings);
  }
  return byParent;
}

function Branch({ items, tree }: { items: AssignmentView[]; tree: Map<string | null, AssignmentView[]> }) {
  const { t, name, date, dateTime } = useI18n();
  return (
    <ul class="tree">
      {items.map((assignment) => {
        const children = tree.get(assignment.id);
        return (
          <li class="tree__item" key={assignment.id}>
            <div class="tree__unit">
              <p class="tree__name">
                <strong>{name(assignment.unit.name)}</strong>
                <span class="tree__role">{t.role[assignment.role]}</span>
              </p>
              <p class="tags">
                {assignment.overdue && <OverdueTag />}
                <AssignmentStatusTag status={assignment.status} />
              </p>
              <p class="tree__detail">
                {assignment.acknowledgedAt ? (
                  <span class="ack ack--yes">{t.case.acknowledgedOn(dateTime(assignment.acknowledgedAt))}</span>
                ) : (
                  <span class="ack ack--no">{t.case.notYetAcknowledged}</span>
                )}
                {assignment.dueAt && (
                  <span class={`tree__due${assignment.overdue ? ' text-overdue' : ''}`}>{t.dueOn(date(assignment.dueAt))}</span>
                )}
              </p>
              {assignment.returnReason && (
                <p class="tree__detail">
                  {t.case.returnReason}: {assignment.returnReason}
                </p>
              )}
            </div>
            {children && <Branch items={children} tree={tree} />}
          </li>
        );
      })}
    </ul>
  );
}

/** Who holds the case, who passed it to whom, and where each stands. */
export function AssignmentTree({ assignments }: { assignments: readonly AssignmentView[] }) {
  const tree = childrenOf(assignments);
  return <Branch items={tree.get(null) ?? []} tree={tree} />;
}
