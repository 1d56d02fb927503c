import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PageProps } from '../pageProps.ts';
import { ApiError } from '../../api/client.ts';
import { budgetTemplateUrl, getBudget, importBudget } from '../../api/budgetEndpoints.ts';
import { getCase } from '../../api/endpoints.ts';
import { FileField } from '../../components/FileField.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TextField } from '../../components/TextField.tsx';
import { setFlash } from '../../hooks/flash.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import '../../styles/reports.css';

/** A Buddhist-era fiscal year the API takes (2500–2699). */
const yearPattern = /^2[56][0-9]{2}$/;

/**
 * Import a case's budget for one fiscal year: download the template, fill it
 * in, import it. A refused file lists every bad row by number in the error
 * summary, GOV.UK style, and nothing is saved.
 */
export function BudgetImportPage({ params }: PageProps) {
  const { t, locale } = useI18n();
  const words = t.budget.page;
  const location = useLocation();
  const caseId = params['id'] ?? '';
  const loaded = useResource(async () => Promise.all([getCase(caseId), getBudget(caseId)]), [caseId]);
  const [year, setYear] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<{ href: string; text: string }[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [detail, budget] = loaded.data;
  const kase = detail.case;
  const yearText = year ?? String(budget.currentFiscalYear);
  const fiscalYear = yearPattern.test(yearText.trim()) ? Number(yearText.trim()) : null;

  const fail = (found: { href: string; text: string }[], text: string | null) => {
    setMessage(text);
    setProblems(found);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const file = files[0];
    const found = [
      ...(fiscalYear === null ? [{ href: '#fiscal-year', text: words.yearInvalid }] : []),
      ...(file ? [] : [{ href: '#file', text: words.fileMissing }]),
    ];
    if (found.length > 0 || !file || fiscalYear === null) return fail(found, null);
    setBusy(true);
    try {
      const result = await importBudget(caseId, fiscalYear, file);
      setFlash(words.done(result.lines, result.fiscalYear));
      location.route(`/cases/${caseId}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      fail(
        error.fields.map((field) => ({ href: '#file', text: locale === 'th' ? field.th : field.en })),
        error.text(locale),
      );
    } finally {
      setBusy(false);
    }
  };

  const yearError = problems.find((problem) => problem.href === '#fiscal-year')?.text;
  const fileProblems = problems.filter((problem) => problem.href === '#file');

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
                <a href={problem.href}>{problem.text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <PageHeading title={words.title} caption={`${kase.ref} · ${kase.title}`} />
      <p class="body">{words.lead}</p>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="fiscal-year"
          label={words.year}
          hint={words.yearHint}
          value={yearText}
          onInput={setYear}
          error={yearError}
          width="short"
          maxLength={4}
        />
        <h2 class="heading-s">{words.step1}</h2>
        <ul class="link-list">
          <li>
            <a href={budgetTemplateUrl(caseId, fiscalYear ?? budget.currentFiscalYear, 'csv')} download>
              {words.csv}
            </a>
          </li>
          <li>
            <a href={budgetTemplateUrl(caseId, fiscalYear ?? budget.currentFiscalYear, 'xlsx')} download>
              {words.xlsx}
            </a>
          </li>
        </ul>
        <h2 class="heading-s">{words.step2}</h2>
        <p class="body">{words.columns}</p>
        <FileField
          id="file"
          label={words.file}
          hint=".csv, .xlsx"
          files={files}
          onChange={(chosen) => setFiles(chosen.slice(-1))}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          error={fileProblems.length === 1 ? fileProblems[0]!.text : fileProblems.length > 1 ? (message ?? undefined) : undefined}
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
