import '../../styles/complaints.css';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { rateComplaint, reopenComplaint, trackComplaint } from '../../api/complaints.ts';
import type { TrackedView } from '../../../shared/api/complaints.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { PageProps } from '../pageProps.ts';

/**
 * Following a complaint by its code, without signing in: where it is, its
 * history in plain words (no staff names, no internal notes), and, once it
 * is resolved, a rating and the way to reopen it within 30 days.
 */
export function TrackPage({ params }: PageProps) {
  const { t, name, dateTime, date, locale } = useI18n();
  const location = useLocation();
  const [code, setCode] = useState(params['code'] ?? '');
  const [tracked, setTracked] = useState<TrackedView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const find = useFormSubmit(() => 'code');
  const rate = useFormSubmit(() => 'rating');
  const reopen = useFormSubmit(() => 'reason');

  const load = async (value: string) => {
    setTracked(await trackComplaint(value.trim()));
  };

  useEffect(() => {
    if (params['code'])
      void find.submit(
        () => [],
        () => load(params['code']!),
      );
  }, [params['code']]);

  const onFind = (event: Event) => {
    event.preventDefault();
    void find.submit(
      () => (code.trim() ? [] : [{ field: 'code', text: t.complaints.codeMissing }]),
      async () => {
        await load(code);
        location.route(`/track/${encodeURIComponent(code.trim().toUpperCase())}`, true);
      },
    );
  };

  const onRate = (event: Event) => {
    event.preventDefault();
    setNotice(null);
    void rate.submit(
      () => (rating ? [] : [{ field: 'rating', text: t.complaints.rateMissing }]),
      async () => {
        await rateComplaint(tracked!.trackingCode, Number(rating), comment.trim());
        // The other form's old error goes too: a thank-you under a red box reads as a failure.
        reopen.reset();
        setNotice(t.complaints.thanks);
        await load(tracked!.trackingCode);
      },
    );
  };

  const onReopen = (event: Event) => {
    event.preventDefault();
    setNotice(null);
    void reopen.submit(
      () => (reason.trim().length >= 3 ? [] : [{ field: 'reason', text: t.complaints.reopenMissing }]),
      async () => {
        await reopenComplaint(tracked!.trackingCode, reason.trim());
        rate.reset();
        setReason('');
        setNotice(t.complaints.reopened);
        await load(tracked!.trackingCode);
      },
    );
  };

  const notFound = find.message && !tracked;

  return (
    <div class="narrow">
      <ErrorSummary
        errors={[...find.errors, ...rate.errors, ...reopen.errors]}
        message={notFound ? find.message : (rate.message ?? reopen.message)}
        attempt={find.attempt + rate.attempt + reopen.attempt}
      />
      <PageHeading title={t.complaints.trackTitle} />
      {!tracked && (
        <form onSubmit={onFind} noValidate>
          <p class="lead">{t.complaints.trackLead}</p>
          <TextField
            id="code"
            label={t.complaints.code}
            hint={t.complaints.codeHint}
            value={code}
            onInput={setCode}
            width="medium"
            error={find.errorFor('code')}
          />
          <button type="submit" class="button">
            {t.complaints.find}
          </button>
        </form>
      )}
      {tracked && (
        <>
          {notice && (
            <p class="inset" role="status">
              {notice}
            </p>
          )}
          <dl class="summary-list">
            <div class="summary-list__row">
              <dt class="summary-list__key">{t.complaints.code}</dt>
              <dd class="summary-list__value tracking-code--inline">{tracked.trackingCode}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{t.complaints.status}</dt>
              <dd class="summary-list__value">
                <strong class="tag tag--blue" data-testid="citizen-status">
                  {name(tracked.statusName)}
                </strong>
              </dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{t.complaints.category}</dt>
              <dd class="summary-list__value">{locale === 'th' ? tracked.category.th : tracked.category.en}</dd>
            </div>
            {tracked.unit && (
              <div class="summary-list__row">
                <dt class="summary-list__key">{t.complaints.handledBy}</dt>
                <dd class="summary-list__value">{name(tracked.unit)}</dd>
              </div>
            )}
            <div class="summary-list__row">
              <dt class="summary-list__key">{t.complaints.received}</dt>
              <dd class="summary-list__value">{dateTime(tracked.receivedAt)}</dd>
            </div>
            {tracked.rating !== null && (
              <div class="summary-list__row">
                <dt class="summary-list__key">{t.complaints.rated}</dt>
                <dd class="summary-list__value">{tracked.rating} / 5</dd>
              </div>
            )}
          </dl>
          {tracked.mergedIntoPublicId && (
            <p class="inset">
              {t.complaints.mergedInto} {tracked.mergedIntoPublicId}
              {t.complaints.mergedFollow}
            </p>
          )}
          <h2 class="heading-m">{t.complaints.yourComplaint}</h2>
          <p class="body complaint-text">{tracked.description}</p>
          {tracked.replies.length > 0 && (
            <section aria-labelledby="replies-title" data-testid="office-replies">
              <h2 class="heading-m" id="replies-title">
                {t.citizenClose.repliesTitle}
              </h2>
              {tracked.replies.map((reply, index) => (
                <div class="inset" key={index}>
                  <p class="body complaint-text">{reply.message}</p>
                  <p class="hint">{t.citizenClose.replyAt(dateTime(reply.at))}</p>
                </div>
              ))}
            </section>
          )}
          <h2 class="heading-m">{t.complaints.history}</h2>
          <ol class="timeline" data-testid="citizen-history">
            {tracked.steps.map((step, index) => (
              <li class="timeline__item" key={index}>
                <p class="timeline__title">{name(step.statusName)}</p>
                <p class="timeline__byline">{dateTime(step.at)}</p>
                {step.message && <p class="timeline__quote">{step.message}</p>}
              </li>
            ))}
          </ol>
          {tracked.canRate && (
            <form onSubmit={onRate} noValidate class="section">
              <fieldset class="fieldset" aria-describedby="rating-hint">
                <legend class="fieldset__legend fieldset__legend--m">{t.complaints.rateTitle}</legend>
                <div class="hint" id="rating-hint">
                  {t.complaints.rateHint}
                </div>
                {rate.errorFor('rating') && <p class="error-message">{rate.errorFor('rating')}</p>}
                <div class="radios radios--inline" id="rating">
                  {[1, 2, 3, 4, 5].map((n) => (
                    <div class="radios__item" key={n}>
                      <input
                        class="radios__input"
                        id={`rating-${n}`}
                        type="radio"
                        name="rating"
                        value={String(n)}
                        checked={rating === String(n)}
                        onChange={() => {
                          setRating(String(n));
                          rate.clearError('rating');
                        }}
                      />
                      <label class="radios__label" for={`rating-${n}`}>
                        {n}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <TextArea id="comment" label={t.complaints.rateComment} value={comment} onInput={setComment} rows={3} optional />
              <button type="submit" class="button">
                {t.complaints.rateSubmit}
              </button>
            </form>
          )}
          {tracked.canReopen && (
            <form onSubmit={onReopen} noValidate class="section">
              <h2 class="heading-m">{t.complaints.reopenTitle}</h2>
              <p class="body">
                {tracked.status === 'closed' && tracked.reopenUntil
                  ? t.citizenClose.followUpUntil(date(tracked.reopenUntil))
                  : `${t.complaints.reopenLead} ${tracked.reopenUntil ? date(tracked.reopenUntil) : ''}`}
              </p>
              <TextArea
                id="reason"
                label={t.complaints.reopenReason}
                value={reason}
                onInput={(value) => {
                  setReason(value);
                  if (value.trim().length >= 3) reopen.clearError('reason');
                }}
                rows={3}
                error={reopen.errorFor('reason')}
              />
              <button type="submit" class="button button--secondary">
                {t.complaints.reopenSubmit}
              </button>
            </form>
          )}
        </>
      )}
    </div>
  );
}
