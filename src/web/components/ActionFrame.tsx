import type { ComponentChildren } from 'preact';
import { getCase } from '../api/endpoints.ts';
import type { AssignmentView } from '../../shared/api/assignments.ts';
import type { CaseDetail } from '../../shared/api/cases.ts';
import type { AssignmentAction } from '../../shared/assignmentStates.ts';
import type { CaseAction } from '../../shared/caseKinds.ts';
import { useResource } from '../hooks/useResource.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { LoadError } from './LoadError.tsx';
import { Loading } from './Loading.tsx';
import { PageHeading } from './PageHeading.tsx';

interface Props {
  caseId: string;
  /** The assignment acted on; none for case-level actions (assign, close). */
  assignmentId?: string;
  action: AssignmentAction | CaseAction;
  title: string;
  /** The error summary, which GOV.UK puts above the heading. */
  summary?: ComponentChildren;
  children(detail: CaseDetail, assignment: AssignmentView | undefined): ComponentChildren;
}

/**
 * The frame of a one-action page: loads the case, checks the API still allows
 * the action (someone else may have acted meanwhile), and shows the back link
 * and the case it is about.
 */
export function ActionFrame({ caseId, assignmentId, action, title, summary, children }: Props) {
  const { t, name } = useI18n();
  const loaded = useResource(() => getCase(caseId), [caseId]);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const detail = loaded.data;
  const assignment = assignmentId ? detail.assignments.find((a) => a.id === assignmentId) : undefined;
  const allowed = assignmentId
    ? (assignment?.allowedActions as string[] | undefined)?.includes(action)
    : (detail.allowedActions as string[]).includes(action);
  const back = (
    <a class="back-link" href={`/cases/${caseId}`}>
      {t.backToCase}
    </a>
  );

  if (!allowed) {
    return (
      <>
        {back}
        <PageHeading title={t.notAllowedTitle} />
        <p class="body">{t.notAllowedBody}</p>
      </>
    );
  }
  const caption = `${detail.case.ref} · ${detail.case.title}${assignment ? ` · ${name(assignment.unit.name)}` : ''}`;
  return (
    <>
      {back}
      <div class="narrow">
        {summary}
        <PageHeading title={title} caption={caption} />
        {children(detail, assignment)}
      </div>
    </>
  );
}
