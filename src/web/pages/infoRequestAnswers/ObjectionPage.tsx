import { useState } from 'preact/hooks';
import { fileObjection, readObjectionWays, withdrawObjection, type ObjectionWayView } from '../../api/infoRequestAnswers.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import type { FormError } from '../../forms/formErrors.ts';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { objectionKindNames, type ObjectionKind } from '../../../shared/infoRequests.ts';
import { objectionClosedReasons, type ObjectionClosedReason } from '../../../shared/infoRequestAnswers.ts';
import type { PageProps } from '../pageProps.ts';

/**
 * `/information-request/track/:code/object` (public, for a phone): the two ways to object explained
 * plainly, each with its own deadline; only the ways open now can be chosen, and a closed one says why.
 */
export function ObjectionPage({ params }: PageProps) {
  const { t, locale, date } = useI18n();
  const w = t.infoRequestAnswers.object;
  const code = params['code']!;
  const ways = useResource(() => readObjectionWays(code), [code]);
  const submit = useFormSubmit();
  const [kind, setKind] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);

  if (ways.error) return <LoadError error={ways.error} retry={ways.reload} />;
  if (!ways.data) return <Loading />;
  const view = ways.data;
  const closedWhy = (way: ObjectionWayView) => objectionClosedReasons[way.reason as ObjectionClosedReason]?.[locale] ?? w.closed;
  const open = (['appeal', 'oic_complaint'] as const).filter((k) => (k === 'appeal' ? view.appeal : view.oicComplaint).open);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(
      () => {
        const errors: FormError[] = [];
        if (!kind) errors.push({ field: 'kind', text: w.needWay });
        if (!reason.trim()) errors.push({ field: 'reason', text: w.needReason });
        return errors;
      },
      async () => {
        const made = await fileObjection(code, { kind: kind as ObjectionKind, reason: reason.trim() });
        setDone(w.sent(date(made.dueAt)));
        setKind('');
        setReason('');
        ways.reload();
      },
    );
  };

  return (
    <div class="narrow-page">
      <a class="back-link" href={`/information-request/track/${encodeURIComponent(code)}`}>
        {w.back}
      </a>
      <PageHeading title={w.title} caption={view.ref} />
      {done && <Notice text={done} />}
      <p class="lead">{w.lead}</p>
      <section class="summary-card" aria-labelledby="appeal-heading">
        <h2 class="heading-m" id="appeal-heading">
          {w.appealTitle}
        </h2>
        <p class="body">{w.appealExplain}</p>
        {view.appeal.open && view.appeal.deadline ? (
          <p class="body">
            <strong>{w.appealBy(date(view.appeal.deadline))}</strong>
          </p>
        ) : (
          <p class="body hint">{closedWhy(view.appeal)}</p>
        )}
      </section>
      <section class="summary-card" aria-labelledby="complaint-heading">
        <h2 class="heading-m" id="complaint-heading">
          {w.complaintTitle}
        </h2>
        <p class="body">{w.complaintExplain}</p>
        {view.oicComplaint.open ? (
          view.oicComplaint.basis === 'delay' &&
          view.oicComplaint.deadline && <p class="body">{w.complaintOverdue(date(view.oicComplaint.deadline))}</p>
        ) : (
          <p class="body hint">{closedWhy(view.oicComplaint)}</p>
        )}
      </section>
      {open.length === 0 ? (
        <p class="body">{w.none}</p>
      ) : (
        <>
          <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
          <form onSubmit={onSubmit} noValidate>
            <RadioGroup
              id="kind"
              legend={w.way}
              value={kind}
              error={submit.errorFor('kind')}
              onChange={(value) => {
                setKind(value);
                submit.clearError('kind');
              }}
              options={open.map((value) => ({ value, label: objectionKindNames[value][locale] }))}
            />
            <TextArea
              id="reason"
              label={w.reason}
              hint={w.reasonHint}
              value={reason}
              rows={6}
              error={submit.errorFor('reason')}
              onInput={(value) => {
                setReason(value);
                submit.clearError('reason');
              }}
            />
            <button type="submit" class="button" disabled={submit.busy}>
              {w.send}
            </button>
          </form>
        </>
      )}
      {view.objections.length > 0 && (
        <section aria-labelledby="yours-heading">
          <h2 class="heading-m" id="yours-heading">
            {w.yours}
          </h2>
          <ul class="work-list">
            {view.objections.map((o) => (
              <li class="work-item" key={o.id}>
                <p class="work-item__title">{objectionKindNames[o.kind][locale]}</p>
                <p class="work-item__meta">
                  {t.infoRequestAnswers.objections.status[o.status]}
                  {o.status === 'open' && o.dueAt && ` · ${w.due(date(o.dueAt))}`}
                </p>
                {o.status === 'open' && (
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() =>
                      void withdrawObjection(code, o.id).then(() => {
                        setDone(w.withdrawn);
                        ways.reload();
                      })
                    }
                  >
                    {w.withdraw}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
