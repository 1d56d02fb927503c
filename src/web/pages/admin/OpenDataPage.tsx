import '../../styles/reports.css';
import '../../styles/admin.css';
import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import {
  listOpenDatasets,
  readOpenDataSettings,
  saveOpenDataSettings,
  setOpenDatasetPublication,
  type OpenDatasetState,
  type OpenDataSettingsBody,
} from '../../api/openDataAdmin.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextField } from '../../components/TextField.tsx';
import { apiFieldErrors, firstSegment, type FormError } from '../../forms/formErrors.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

const textFields = ['publisherNameTh', 'publisherNameEn', 'contactName', 'contactEmail'] as const;

/** The publisher, contact and licence of every dataset, as one form. */
function SettingsForm({ onSaved }: { onSaved: (text: string) => void }) {
  const { t, locale } = useI18n();
  const words = t.openDataAdmin;
  const loaded = useResource(() => readOpenDataSettings(), []);
  const [form, setForm] = useState<OpenDataSettingsBody | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [message, setMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (loaded.data) setForm(loaded.data.settings);
  }, [loaded.data]);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} inline />;
  if (!loaded.data || !form) return <Loading />;
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.text;
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await saveOpenDataSettings(form);
      setErrors([]);
      setMessage(undefined);
      onSaved(words.saved);
    } catch (error) {
      const failure = error as ApiError;
      setErrors(apiFieldErrors(failure, locale, firstSegment));
      setMessage(failure.text(locale));
      setAttempt((n) => n + 1);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2 class="heading-m">{words.settingsTitle}</h2>
      <ErrorSummary errors={errors} message={message} attempt={attempt} />
      <RadioGroup
        id="licenseId"
        legend={words.licence}
        hint={words.licenceHint}
        error={errorOf('licenseId')}
        value={form.licenseId}
        onChange={(value) => setForm({ ...form, licenseId: value as OpenDataSettingsBody['licenseId'] })}
        options={loaded.data.licences.map((licence) => ({ value: licence.id, label: licence.title, hint: licence.id }))}
      />
      {textFields.map((field) => (
        <TextField
          key={field}
          id={field}
          label={words[field]}
          error={errorOf(field)}
          value={form[field]}
          maxLength={field === 'contactEmail' ? 254 : 200}
          onInput={(value) => setForm({ ...form, [field]: value })}
        />
      ))}
      <button type="submit" class="button">
        {words.save}
      </button>
    </form>
  );
}

/** Each dataset with its state and a publish or withdraw button. */
function DatasetTable({ onChanged }: { onChanged: (text: string) => void }) {
  const { t, locale, dateTime } = useI18n();
  const words = t.openDataAdmin;
  const datasets = useResource(() => listOpenDatasets(), []);
  const [failure, setFailure] = useState<ApiError>();
  if (datasets.error) return <LoadError error={datasets.error} retry={datasets.reload} inline />;
  if (!datasets.data) return <Loading />;
  const toggle = async (dataset: OpenDatasetState) => {
    const title = locale === 'th' ? dataset.titleTh : dataset.titleEn;
    try {
      await setOpenDatasetPublication(dataset.name, !dataset.published);
      setFailure(undefined);
      onChanged(dataset.published ? words.withdrawnNotice(title) : words.publishedNotice(title));
      datasets.reload();
    } catch (error) {
      setFailure(error as ApiError);
    }
  };
  return (
    <>
      <h2 class="heading-m">{words.datasetsTitle}</h2>
      {failure && <ErrorSummary errors={[]} message={failure.text(locale)} attempt={1} />}
      <p class="body">{words.exportNote}</p>
      <div class="table-wrap">
        <table class="table stacked-table">
          <caption class="visually-hidden">{words.datasetsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{words.dataset}</th>
              <th scope="col">{words.state}</th>
              <th scope="col">{words.rows}</th>
              <th scope="col">{words.modified}</th>
              <th scope="col">{words.action}</th>
            </tr>
          </thead>
          <tbody>
            {datasets.data.items.map((dataset) => {
              const title = locale === 'th' ? dataset.titleTh : dataset.titleEn;
              return (
                <tr key={dataset.name}>
                  <th scope="row">
                    {title} <code>{dataset.name}</code>
                  </th>
                  <td data-label={words.state}>
                    {dataset.published ? words.published : words.notPublished} {dataset.byDefault && words.byDefault}
                  </td>
                  <td data-label={Object.keys(dataset.rows).length > 0 ? words.rows : undefined}>
                    {Object.entries(dataset.rows).map(([table, rows]) => (
                      <div key={table}>
                        {table}: {rows.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB')}
                      </div>
                    ))}
                  </td>
                  <td data-label={words.modified}>{dataset.modifiedAt ? dateTime(dataset.modifiedAt) : words.notExported}</td>
                  <td>
                    <button
                      type="button"
                      class={`button button--small${dataset.published ? ' button--secondary' : ''}`}
                      aria-pressed={dataset.published}
                      onClick={() => void toggle(dataset)}
                    >
                      {dataset.published ? words.withdraw : words.publish}
                      <span class="visually-hidden"> {title}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** `/admin/open-data`: what is published and under which licence (administrators). */
export function OpenDataPage() {
  const { t } = useI18n();
  const [notice, setNotice] = useState<string>();
  return (
    <>
      <PageHeading title={t.openDataAdmin.title} />
      {notice && <Notice text={notice} />}
      <p class="body">{t.openDataAdmin.lead}</p>
      <DatasetTable onChanged={setNotice} />
      <SettingsForm onSaved={setNotice} />
    </>
  );
}
