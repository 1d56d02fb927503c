import type { AssignmentView } from '../../shared/api/assignments.ts';
import type { AssignmentAction } from '../../shared/assignmentStates.ts';
import type { CaseAction, CaseKind } from '../../shared/caseKinds.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { AssignmentStatusTag } from './StatusTag.tsx';

export type OneClickAction = 'acknowledge' | 'accept';

interface Props {
  caseId: string;
  /** A complaint reports by a progress note; every other kind by the cycle report its delivery section counts. */
  caseKind: CaseKind;
  assignments: readonly AssignmentView[];
  caseActions: readonly CaseAction[];
  onOneClick(assignment: AssignmentView, action: OneClickAction): void;
  busy: boolean;
}

/** The pages of the actions that need more than a click (GOV.UK: one thing per page). */
const pageOf: Partial<Record<AssignmentAction, string>> = {
  cascade: 'cascade',
  progress: 'progress',
  complete: 'complete',
  return: 'return',
  send_back: 'send-back',
};
/**
 * One report action per assignment (issue 13, item 8): "รายงานความคืบหน้า" opens the cycle report
 * (five questions, status, confidence, help) on every kind the delivery section follows, so what a
 * district reports is what the delivery unit reads; a complaint keeps the short note its citizen hears of.
 */
const reportPage = (kind: CaseKind) => (kind === 'complaint' ? 'progress' : 'report');
const primaryLinks: AssignmentAction[] = ['progress'];
const secondaryLinks: AssignmentAction[] = ['cascade', 'complete'];
const quietLinks: AssignmentAction[] = ['return', 'send_back'];

/**
 * What the viewer may do now, exactly as the API's allowedActions say: the
 * case never guesses. Acknowledge and accept are one click; the rest open
 * their own page.
 */
export function CaseActions({ caseId, caseKind, assignments, caseActions, onOneClick, busy }: Props) {
  const { t, name } = useI18n();
  const actionable = assignments.filter((a) => a.allowedActions.length > 0);
  if (actionable.length === 0 && caseActions.length === 0) return null;
  const link = (assignment: AssignmentView, action: AssignmentAction) =>
    `/assignments/${assignment.id}/${action === 'progress' ? reportPage(caseKind) : pageOf[action]}?case=${caseId}`;

  return (
    <section class="actions-panel" aria-labelledby="actions-title">
      <h2 class="heading-m" id="actions-title">
        {t.case.actions}
      </h2>
      {actionable.map((assignment) => {
        const allowed = (list: AssignmentAction[]) => list.filter((action) => assignment.allowedActions.includes(action));
        return (
          <div class="actions-panel__group" key={assignment.id}>
            <h3 class="heading-s">
              {t.case.yourWork(name(assignment.unit.name))} <AssignmentStatusTag status={assignment.status} />
            </h3>
            <div class="button-group">
              {(['acknowledge', 'accept'] as const)
                .filter((action) => assignment.allowedActions.includes(action))
                .map((action) => (
                  <button
                    key={action}
                    type="button"
                    class="button"
                    onClick={() => onOneClick(assignment, action)}
                    aria-busy={busy || undefined}
                  >
                    {t.actions[action]}
                  </button>
                ))}
              {allowed(primaryLinks).map((action) => (
                <a key={action} class="button" href={link(assignment, action)}>
                  {t.actions[action]}
                </a>
              ))}
              {allowed(secondaryLinks).map((action) => (
                <a key={action} class="button button--secondary" href={link(assignment, action)}>
                  {t.actions[action]}
                </a>
              ))}
              {allowed(quietLinks).map((action) => (
                <a key={action} class="link-secondary" href={link(assignment, action)}>
                  {t.actions[action]}
                </a>
              ))}
            </div>
          </div>
        );
      })}
      {caseActions.length > 0 && (
        <div class="actions-panel__group">
          <h3 class="heading-s">{t.case.caseActions}</h3>
          <div class="button-group">
            {caseActions.includes('assign') && (
              <a class="button button--secondary" href={`/cases/${caseId}/assign`}>
                {t.actions.assign}
              </a>
            )}
            {caseActions.includes('close') && (
              <a class="link-secondary" href={`/cases/${caseId}/close`}>
                {t.actions.close}
              </a>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
