import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { advanceBill } from '../../api/delivery.ts';
import type { CaseDetail } from '../../../shared/api/cases.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { billStages, nextBillStage, type BillStage } from '../../../shared/billStages.ts';
import { isDeliveryKind } from '../../../shared/caseKinds.ts';
import { thaiDay } from '../../../shared/thaiTime.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { Notice } from '../Notice.tsx';
import { SummaryList } from '../SummaryList.tsx';
import { AnswerQuestionForm } from './AnswerQuestionForm.tsx';
import { ReachView } from './ReachView.tsx';

interface Source {
  type: string;
  title: string;
  date: string;
  reference?: string;
  authority: string;
}

/** What a case of each delivery kind adds to its page: its source and own fields, answer and stage actions, and reach. */
export function DeliveryPanels({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const { t, name, date, locale } = useI18n();
  const { session } = useSession();
  const kase = detail.case;
  const details = kase.details ?? {};
  const source = details['source'] as Source | undefined;
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  if (kase.kind === 'complaint') return null;

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setFailure(null);
      setNotice(done);
      onChanged();
    } catch (error) {
      setFailure(error as ApiError);
    }
  };

  const rows: { key: string; value: string }[] = [];
  if (source) {
    rows.push({ key: t.delivery.source.title, value: `${t.delivery.source.type[source.type] ?? source.type}: ${source.title}` });
    rows.push({ key: t.delivery.source.date, value: date(source.date) });
    if (source.reference) rows.push({ key: t.delivery.source.reference, value: source.reference });
    rows.push({ key: t.delivery.source.authority, value: source.authority });
  }
  const stored = details['answer'] as { text: string; answeredOn: string } | undefined;
  if (kase.kind === 'parliamentary_question') {
    rows.push({ key: t.delivery.question.askingMember, value: String(details['askingMember'] ?? '') });
    rows.push({ key: t.delivery.question.deadline, value: date(String(details['answerDeadline'])) });
    rows.push({ key: t.delivery.question.answer, value: stored ? stored.text : t.delivery.question.notAnswered });
    if (stored) rows.push({ key: t.delivery.question.answeredOn, value: date(stored.answeredOn) });
  }
  const stage = (details['stage'] as BillStage | undefined) ?? billStages[0];
  const next = kase.kind === 'draft_bill' ? nextBillStage(stage) : null;
  if (kase.kind === 'draft_bill') rows.push({ key: t.delivery.bill.stage, value: t.delivery.bill.stages[stage] ?? stage });
  const manages = detail.allowedActions.includes('assign');
  const answering = details['answeringUnitId'] === session.user.unit.id;

  return (
    <>
      {failure && <ErrorSummary errors={[]} message={failure.text(locale)} attempt={1} />}
      {notice && <Notice text={notice} />}
      {rows.length > 0 && (
        <section aria-labelledby="kind-fields-title">
          <h2 class="heading-m" id="kind-fields-title">
            {name(detail.kindName)}
          </h2>
          <SummaryList rows={rows} />
        </section>
      )}
      {kase.kind === 'parliamentary_question' && !stored && (manages || answering) && (
        <AnswerQuestionForm
          caseId={kase.id}
          onAnswered={() => {
            setFailure(null);
            setNotice(t.delivery.question.answered);
            onChanged();
          }}
        />
      )}
      {next && manages && (
        <button
          type="button"
          class="button button--secondary"
          onClick={() => void run(() => advanceBill(kase.id, { stage: next, on: thaiDay(new Date()) }), t.delivery.bill.advanced)}
        >
          {t.delivery.bill.advance(t.delivery.bill.stages[next] ?? next)}
        </button>
      )}
      {isDeliveryKind(kase.kind) && detail.assignments.length > 0 && <ReachView caseId={kase.id} />}
    </>
  );
}
