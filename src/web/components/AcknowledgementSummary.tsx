import type { AssignmentView } from '../../shared/api/assignments.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

/**
 * "Acknowledged 3 of 4 units" and the names of the rest: who has not
 * acknowledged is a glance, not a phone round. Units that returned the case
 * no longer hold it and are not counted.
 */
export function AcknowledgementSummary({ assignments }: { assignments: readonly AssignmentView[] }) {
  const { t, name } = useI18n();
  const holding = assignments.filter((a) => a.status !== 'returned');
  const acknowledged = holding.filter((a) => a.acknowledgedAt !== null || a.status !== 'sent');
  const waiting = holding.filter((a) => a.status === 'sent');
  return (
    <div class="ack-summary">
      <p class="ack-summary__count">{t.case.acknowledgedCount(acknowledged.length, holding.length)}</p>
      {waiting.length === 0 ? (
        <p class="body">{t.case.allAcknowledged}</p>
      ) : (
        <>
          <h3 class="heading-s">{t.case.notAcknowledged}</h3>
          <ul class="list list--bullet">
            {waiting.map((a) => (
              <li key={a.id}>{name(a.unit.name)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
