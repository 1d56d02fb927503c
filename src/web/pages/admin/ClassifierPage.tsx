import '../../styles/admin.css';
import '../../styles/adminOrg.css';
import '../../styles/reports.css';
import { useState } from 'preact/hooks';
import { readClassifierStatus, trainClassifierNow, type ClassifierStatusView } from '../../api/classifierAdmin.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SummaryList } from '../../components/SummaryList.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { Breadcrumbs } from '../adminOrg/Breadcrumbs.tsx';
import { useClassifierAdminWords } from './useClassifierAdminWords.ts';

type Attempt = NonNullable<ClassifierStatusView['lastAttempt']>;

/** A share as a percentage with one decimal, or a dash when nothing was measured. */
function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** The model in use: its scores on the held-out latest days, per category, when it was trained and on what. */
function CurrentModel({ status }: { status: ClassifierStatusView }) {
  const { name, dateTime } = useI18n();
  const words = useClassifierAdminWords();
  const current = status.current;
  if (!current) return <p class="body">{words.shippedOnly}</p>;
  const { total, shipped, staff, closed } = current.examples;
  return (
    <>
      <SummaryList
        rows={[
          { key: words.trainedAt, value: dateTime(current.trainedAt) },
          { key: words.examples, value: words.examplesText(total, shipped, staff, closed) },
          { key: words.heldOut, value: current.heldOut ?? '—' },
          { key: words.top1, value: percent(current.top1) },
          { key: words.top3, value: percent(current.top3) },
        ]}
      />
      <h3 class="heading-s">{words.perCategoryTitle}</h3>
      {current.perCategory.length === 0 ? (
        <p class="body">{words.noPerCategory}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{words.perCategoryTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{words.category}</th>
                <th scope="col">{words.tested}</th>
                <th scope="col">{words.top1}</th>
                <th scope="col">{words.top3}</th>
              </tr>
            </thead>
            <tbody>
              {current.perCategory.map((row) => (
                <tr key={row.code}>
                  <th scope="row">{name(row.name)}</th>
                  <td>{row.tested}</td>
                  <td>{percent(row.top1)}</td>
                  <td>{percent(row.top3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The last attempt, installed or not, in words: what happened and the two scores it was decided on. */
function LastAttempt({ attempt }: { attempt: Attempt | null }) {
  const { dateTime } = useI18n();
  const words = useClassifierAdminWords();
  if (!attempt) return <p class="body">{words.noAttempt}</p>;
  return (
    <SummaryList
      rows={[
        { key: words.trainedAt, value: dateTime(attempt.trainedAt) },
        {
          key: words.lastAttemptTitle,
          value: (
            <>
              {words.outcome[attempt.outcome] ?? attempt.outcome}
              {attempt.outcome !== 'nothing_new' && (
                <>
                  <br />
                  {words.scores(percent(attempt.top1), percent(attempt.currentTop1))}
                </>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

/** `/admin/classifier`: how the category suggester does, the corrections waiting, and "train now" (administrators). */
export function ClassifierPage() {
  const words = useClassifierAdminWords();
  const status = useResource(() => readClassifierStatus(), []);
  const form = useFormSubmit();
  const [notice, setNotice] = useState<string>();
  if (status.error) return <LoadError error={status.error} retry={status.reload} />;
  if (!status.data) return <Loading />;
  const train = (event: Event) => {
    event.preventDefault();
    void form.submit(
      () => [],
      async () => {
        const result = await trainClassifierNow();
        setNotice(words.trained(words.outcome[result.outcome] ?? result.outcome));
        status.reload();
      },
    );
  };
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin', text: words.breadcrumbAdmin }]} />
      {notice && <Notice text={notice} />}
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={words.title} />
      <p class="lead">{words.lead}</p>
      <h2 class="heading-m">{words.currentTitle}</h2>
      <CurrentModel status={status.data} />
      <h2 class="heading-m">{words.waitingTitle}</h2>
      <p class="body">{words.waiting(status.data.waitingExamples)}</p>
      <p class="body">{words.scheduleNote(status.data.retrainAt)}</p>
      <h2 class="heading-m">{words.lastAttemptTitle}</h2>
      <LastAttempt attempt={status.data.lastAttempt} />
      <form onSubmit={train} noValidate>
        <h2 class="heading-m">{words.trainTitle}</h2>
        <p class="hint">{words.trainHint}</p>
        <button type="submit" class="button" disabled={form.busy} aria-disabled={form.busy}>
          {form.busy ? words.training : words.train}
        </button>
      </form>
    </>
  );
}
