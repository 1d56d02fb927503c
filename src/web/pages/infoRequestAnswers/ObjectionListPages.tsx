import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { decideObjection, listObjections } from '../../api/infoRequestAnswers.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { setFlash } from '../../hooks/flash.ts';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { objectionKindNames } from '../../../shared/infoRequests.ts';
import { decisionsFor, objectionDecisionNames, type ObjectionDecision } from '../../../shared/infoRequestAnswers.ts';
import type { PageProps } from '../pageProps.ts';

/** `/info-requests/objections`: the Commission's office's list, open first and soonest due first, overdue flagged. */
export function ObjectionListPage() {
  const { t, locale, date } = useI18n();
  const w = t.infoRequestAnswers.objections;
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const list = useResource(() => listObjections(status), [status]);
  if (list.error) return <LoadError error={list.error} retry={list.reload} />;
  if (!list.data) return <Loading />;
  return (
    <>
      <PageHeading title={w.title} />
      <p class="lead">{w.lead}</p>
      <p class="body">
        <button type="button" class="link-button" onClick={() => setStatus(status === 'open' ? 'all' : 'open')}>
          {status === 'open' ? w.showAll : w.showOpen}
        </button>
      </p>
      {list.data.items.length === 0 ? (
        <p class="body">{w.none}</p>
      ) : (
        <ul class="work-list">
          {list.data.items.map((o) => (
            <li class="work-item" key={o.id}>
              <h2 class="work-item__title">
                {list.data!.canDecide && o.status === 'open' ? (
                  <a href={`/info-requests/objections/${o.id}`}>{`${o.ref} ${o.title}`}</a>
                ) : (
                  `${o.ref} ${o.title}`
                )}
              </h2>
              <p class="work-item__meta">
                {objectionKindNames[o.kind][locale]} · {locale === 'th' ? o.agency.nameTh : (o.agency.nameEn ?? o.agency.nameTh)}
              </p>
              <p class="work-item__meta">
                {w.status[o.status]}
                {o.status === 'open' && o.dueAt && ` · ${w.due(date(o.dueAt))}`}
                {o.extendedAt && ` · ${w.extended}`}
                {o.overdue && (
                  <>
                    {' '}
                    <strong class="tag tag--red">{w.overdue}</strong>
                  </>
                )}
                {o.decision && ` · ${objectionDecisionNames[o.decision as ObjectionDecision]?.[locale] ?? o.decision}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** `/info-requests/objections/:id`: record the decision on one objection (the office's officers and coordinators). */
export function ObjectionDecisionPage({ params }: PageProps) {
  const { t, locale, date } = useI18n();
  const w = t.infoRequestAnswers.objections;
  const location = useLocation();
  const list = useResource(() => listObjections('all'), []);
  const submit = useFormSubmit();
  const [decision, setDecision] = useState('');
  const [note, setNote] = useState('');
  if (list.error) return <LoadError error={list.error} retry={list.reload} />;
  if (!list.data) return <Loading />;
  const objection = list.data.items.find((o) => o.id === params['id']);
  if (!objection) {
    return (
      <>
        <PageHeading title={t.notFoundTitle} />
        <p class="body">{w.notFound}</p>
      </>
    );
  }
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(
      () => (decision ? [] : [{ field: 'decision', text: w.needDecision }]),
      async () => {
        await decideObjection(objection.id, { decision: decision as ObjectionDecision, note: note.trim() || null });
        setFlash(w.saved);
        location.route('/info-requests/objections');
      },
    );
  };
  return (
    <>
      <a class="back-link" href="/info-requests/objections">
        {w.title}
      </a>
      <PageHeading title={w.decideTitle} caption={`${objection.ref} · ${objectionKindNames[objection.kind][locale]}`} />
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">{w.reason}</dt>
          <dd class="summary-list__value">{objection.reason}</dd>
        </div>
        {objection.dueAt && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{w.due('').trim()}</dt>
            <dd class="summary-list__value">{date(objection.dueAt)}</dd>
          </div>
        )}
      </dl>
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup
          id="decision"
          legend={w.decision}
          value={decision}
          error={submit.errorFor('decision')}
          onChange={(value) => {
            setDecision(value);
            submit.clearError('decision');
          }}
          options={decisionsFor[objection.kind]
            .filter((d) => d !== 'extended' || !objection.extendedAt)
            .map((value) => ({ value, label: objectionDecisionNames[value][locale] }))}
        />
        <TextArea id="note" label={w.note} value={note} rows={4} optional onInput={setNote} />
        <button type="submit" class="button" disabled={submit.busy}>
          {w.save}
        </button>
      </form>
    </>
  );
}
