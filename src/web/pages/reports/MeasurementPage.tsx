import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PageProps } from '../pageProps.ts';
import { uploadAttachment } from '../../api/endpoints.ts';
import { getDelivery, recordMeasurement } from '../../api/reportEndpoints.ts';
import { ActionFrame } from '../../components/ActionFrame.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FileField } from '../../components/FileField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FormError } from '../../forms/formErrors.ts';
import { setFlash } from '../../hooks/flash.ts';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { allowedAttachmentTypes, isIndicatorValueInRange, limits } from '../../../shared/limits.ts';
import { formatPeriod } from '../../../shared/periods.ts';
import { thaiDateParts } from '../../../shared/thaiTime.ts';

/** The last twelve months (Bangkok time), newest first, as `YYYY-MM`. */
function recentPeriods(now: Date): string[] {
  const today = thaiDateParts(now);
  return Array.from({ length: 12 }, (_, back) => {
    const d = new Date(Date.UTC(today.year, today.month - 1 - back, 15));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** A unit reports its value of one indicator for one month. */
export function MeasurementPage({ params, query }: PageProps) {
  const { t, locale, name } = useI18n();
  const words = t.reports.measurement;
  const location = useLocation();
  const assignmentId = params['id'] ?? '';
  const caseId = query['case'] ?? '';
  const delivery = useResource(() => getDelivery(caseId), [caseId]);
  const form = useFormSubmit((path) =>
    path.startsWith('attachmentIds') || path.startsWith('file') ? 'files' : path.split('/')[0] || undefined,
  );
  const periods = recentPeriods(new Date());
  const [indicatorId, setIndicatorId] = useState('');
  const [period, setPeriod] = useState(periods[0]!);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const uploaded = useRef(new Map<File, string>());

  const indicators = delivery.data?.indicators ?? [];
  const chosen = indicatorId || indicators[0]?.indicator.id || '';

  const validate = () => {
    const errors: FormError[] = [];
    const typed = value.replace(/,/g, '').trim();
    if (!/^[-+]?\d+(\.\d+)?$/.test(typed)) errors.push({ field: 'value', text: words.valueInvalid });
    else if (!isIndicatorValueInRange(Number(typed)))
      errors.push({ field: 'value', text: t.dataRules.valueOutOfRange(limits.indicatorValueMax.toLocaleString('en-US')) });
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      const ids: string[] = [];
      for (const file of files) {
        const id = uploaded.current.get(file) ?? (await uploadAttachment(file)).id;
        uploaded.current.set(file, id);
        ids.push(id);
      }
      await recordMeasurement(assignmentId, {
        indicatorId: chosen,
        period,
        value: Number(value.replace(/,/g, '').trim()),
        ...(note.trim() ? { note: note.trim() } : {}),
        attachmentIds: ids,
      });
      setFlash(words.done);
      location.route(`/cases/${caseId}`);
    });
  };

  return (
    <ActionFrame
      caseId={caseId}
      assignmentId={assignmentId}
      action="progress"
      title={words.title}
      summary={<ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />}
    >
      {() =>
        !delivery.data ? (
          <Loading />
        ) : indicators.length === 0 ? (
          <p class="body">{words.noIndicators}</p>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <SelectField
              id="indicatorId"
              label={words.indicator}
              value={chosen}
              onChange={setIndicatorId}
              options={indicators.map((ip) => ({
                value: ip.indicator.id,
                label: `${name(ip.indicator.name)} (${ip.indicator.unitOfMeasure})`,
              }))}
              error={form.errorFor('indicatorId')}
            />
            <SelectField
              id="period"
              label={words.period}
              value={period}
              onChange={setPeriod}
              options={periods.map((p) => ({ value: p, label: formatPeriod(p, locale) }))}
              error={form.errorFor('period')}
            />
            <TextField id="value" label={words.value} value={value} onInput={setValue} width="short" error={form.errorFor('value')} />
            <TextArea id="note" label={words.note} value={note} onInput={setNote} rows={3} optional error={form.errorFor('note')} />
            <FileField
              id="files"
              label={t.reports.form.files}
              hint={t.progress.filesHint(limits.attachmentsPerReport, limits.attachmentBytesMax / (1024 * 1024))}
              files={files}
              onChange={setFiles}
              accept={allowedAttachmentTypes.join(',')}
              error={form.errorFor('files')}
            />
            <div class="button-group">
              <button type="submit" class="button" aria-busy={form.busy || undefined}>
                {words.submit}
              </button>
              <a class="link-secondary" href={`/cases/${caseId}`}>
                {t.cancel}
              </a>
            </div>
          </form>
        )
      }
    </ActionFrame>
  );
}
