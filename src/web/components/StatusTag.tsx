import type { AssignmentStatus } from '../../shared/assignmentStates.ts';
import type { CaseStatus, Priority } from '../../shared/caseKinds.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

type Tone = 'grey' | 'blue' | 'turquoise' | 'green' | 'yellow' | 'red' | 'purple';

const caseTones: Record<CaseStatus, Tone> = { open: 'blue', in_progress: 'turquoise', completed: 'green', closed: 'grey' };
const assignmentTones: Record<AssignmentStatus, Tone> = {
  sent: 'yellow',
  acknowledged: 'blue',
  in_progress: 'turquoise',
  done: 'purple',
  accepted: 'green',
  returned: 'grey',
};

/** A status says itself in words; the colour only helps the eye find it (WCAG 1.4.1). */
export function Tag({ tone, children }: { tone: Tone; children: string }) {
  return <strong class={`tag tag--${tone}`}>{children}</strong>;
}

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  return <Tag tone={caseTones[status] ?? 'grey'}>{t.caseStatus[status] ?? status}</Tag>;
}

export function AssignmentStatusTag({ status }: { status: AssignmentStatus }) {
  const { t } = useI18n();
  return <Tag tone={assignmentTones[status] ?? 'grey'}>{t.assignmentStatus[status] ?? status}</Tag>;
}

export function OverdueTag() {
  const { t } = useI18n();
  return <Tag tone="red">{t.overdue}</Tag>;
}

/** Only priorities above normal are worth a tag. */
export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useI18n();
  if (priority === 'normal') return null;
  return <Tag tone={priority === 'urgent' ? 'red' : 'yellow'}>{t.priority[priority]}</Tag>;
}
