import '../../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { readAgencyServiceLevel, setAgencyServiceLevel, type AgencyServiceLevelView } from '../../../api/workingCalendar.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { TextField } from '../../../components/TextField.tsx';
import type { FormError } from '../../../forms/formErrors.ts';
import { setFlash } from '../../../hooks/flash.ts';
import { useFormSubmit } from '../../../hooks/useFormSubmit.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import type { WorkingDayFigures } from '../../../../shared/api/workingCalendar.ts';
import type { PageProps } from '../../pageProps.ts';
import { levelsHome } from './AgencyServiceLevelPage.tsx';
import { figureFields } from './serviceLevelFigures.tsx';
import { useWorkingCalendarWords } from './useWorkingCalendarWords.ts';

type FigureKey = keyof WorkingDayFigures;

/** A whole number typed as Arabic or Thai digits (๑๕), or null. */
function wholeNumber(text: string): number | null {
  const digits = text.trim().replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
  return /^\d{1,4}$/.test(digits) ? Number(digits) : null;
}

/** The figures, prefilled with what applies now (its own, or what it inherits); the server checks how they fit together. */
function FiguresForm({ level }: { level: AgencyServiceLevelView }) {
  const { t, name } = useI18n();
  const words = useWorkingCalendarWords().levels;
  const location = useLocation();
  const submit = useFormSubmit();
  const start = level.own ?? level.inherited?.figures ?? null;
  const [values, setValues] = useState<Record<FigureKey, string>>(
    () => Object.fromEntries(figureFields.map((field) => [field.key, start ? String(start[field.key]) : ''])) as Record<FigureKey, string>,
  );
  const back = `${levelsHome}/${level.unit.id}`;
  const validate = (): FormError[] =>
    figureFields.flatMap((field) => {
      const n = wholeNumber(values[field.key]);
      return n !== null && n >= field.min && n <= field.max
        ? []
        : [{ field: field.key, text: words.wholeNumber(words[field.label], field.min, field.max) }];
    });
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(validate, async () => {
      const figures = Object.fromEntries(figureFields.map((field) => [field.key, wholeNumber(values[field.key])!])) as WorkingDayFigures;
      await setAgencyServiceLevel(level.unit.id, figures);
      setFlash(words.saved(name(level.unit.name)));
      location.route(back);
    });
  };
  return (
    <>
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <form onSubmit={onSubmit} noValidate>
        {figureFields.map((field) => (
          <TextField
            key={field.key}
            id={field.key}
            label={`${words[field.label]} (${field.unit === 'days' ? words.workingDaysUnit : words.levelsUnit})`}
            hint={words[field.hint]}
            width="short"
            value={values[field.key]}
            onInput={(value) => {
              setValues((current) => ({ ...current, [field.key]: value }));
              submit.clearError(field.key);
            }}
            error={submit.errorFor(field.key)}
          />
        ))}
        <div class="button-group">
          <button type="submit" class="button" disabled={submit.busy}>
            {words.save}
          </button>
          <a class="link-secondary" href={back}>
            {t.cancel}
          </a>
        </div>
      </form>
    </>
  );
}

/** `/admin/info-request-service-levels/:unitId/edit`: set or change an agency's own figures. */
export function ServiceLevelFormPage({ params }: PageProps) {
  const { name } = useI18n();
  const words = useWorkingCalendarWords().levels;
  const loaded = useResource(() => readAgencyServiceLevel(params['unitId']!), [params['unitId']]);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const level = loaded.data;
  return (
    <div class="narrow">
      <a class="back-link" href={`${levelsHome}/${level.unit.id}`}>
        {name(level.unit.name)}
      </a>
      <PageHeading title={words.editTitle} caption={name(level.unit.name)} />
      <p class="body">{words.editLead}</p>
      <FiguresForm level={level} />
    </div>
  );
}
