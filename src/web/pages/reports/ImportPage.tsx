import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PageProps } from '../pageProps.ts';
import { ApiError } from '../../api/client.ts';
import { getCase } from '../../api/endpoints.ts';
import { importMeasurements, templateUrl } from '../../api/reportEndpoints.ts';
import { FileField } from '../../components/FileField.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { setFlash } from '../../hooks/flash.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import '../../styles/reports.css';

/**
 * Bulk update: download the template, fill it in, import it. A refused file
 * lists every bad row in the error summary, GOV.UK style, and nothing is saved.
 */
export function ImportPage({ params }: PageProps) {
  const { t, locale } = useI18n();
  const words = t.reports.import;
  const location = useLocation();
  const caseId = params['id'] ?? '';
  const loaded = useResource(() => getCase(caseId), [caseId]);
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const file = files[0];
    if (!file) {
      setMessage(null);
      setProblems([words.fileMissing]);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const result = await importMeasurements(caseId, file);
      setFlash(words.done(result.imported));
      location.route(`/cases/${caseId}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setMessage(error.text(locale));
      setProblems(error.fields.map((field) => (locale === 'th' ? field.th : field.en)));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const kase = loaded.data.case;

  return (
    <>
      <a class="back-link" href={`/cases/${caseId}`}>
        {t.backToCase}
      </a>
      {(problems.length > 0 || message) && (
        <div class="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
          <h2 class="error-summary__title" id="error-summary-title">
            {t.errorSummaryTitle}
          </h2>
          {message && <p class="error-summary__message">{message}</p>}
          <ul class="error-summary__list">
            {problems.map((problem, index) => (
              <li key={index}>
                <a href="#file">{problem}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <PageHeading title={words.title} caption={`${kase.ref} · ${kase.title}`} />
      <p class="body">{words.lead}</p>
      <h2 class="heading-s">{words.step1}</h2>
      <ul class="link-list">
        <li>
          <a href={templateUrl(caseId, 'csv')} download>
            {words.csv}
          </a>
        </li>
        <li>
          <a href={templateUrl(caseId, 'xlsx')} download>
            {words.xlsx}
          </a>
        </li>
      </ul>
      <h2 class="heading-s">{words.step2}</h2>
      <form onSubmit={onSubmit} noValidate>
        <FileField
          id="file"
          label={words.file}
          hint=".csv, .xlsx"
          files={files}
          onChange={(chosen) => setFiles(chosen.slice(-1))}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          error={problems.length > 0 ? (problems.length === 1 ? problems[0] : (message ?? undefined)) : undefined}
          single
        />
        <div class="button-group">
          <button type="submit" class="button" aria-busy={busy || undefined}>
            {words.submit}
          </button>
          <a class="link-secondary" href={`/cases/${caseId}`}>
            {t.cancel}
          </a>
        </div>
      </form>
    </>
  );
}
