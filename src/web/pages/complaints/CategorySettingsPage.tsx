import '../../styles/complaints.css';
import '../../styles/adminOrg.css';
import { useEffect, useState } from 'preact/hooks';
import { staffCategories, updateCategory } from '../../api/complaints.ts';
import type { CategoryView } from '../../../shared/api/complaints.ts';
import { Checkbox } from '../../components/Checkbox.tsx';
import { ErrorMessage } from '../../components/FormGroup.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { Breadcrumbs } from '../adminOrg/Breadcrumbs.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useAdminOrgWords } from '../adminOrg/useAdminOrgWords.ts';

function hours(value: string): number | null {
  const n = Number(value);
  return value.trim() && Number.isInteger(n) && n > 0 ? n : null;
}

/** Keywords typed as a list: commas (Thai or Latin) or new lines between them. */
const splitKeywords = (text: string) =>
  text
    .split(/[,，\n]/)
    .map((keyword) => keyword.trim())
    .filter(Boolean);

const fieldOf = (code: string) => (path: string) =>
  (
    ({
      nameTh: `${code}-th`,
      nameEn: `${code}-en`,
      acknowledgeHours: `${code}-ack`,
      resolveHours: `${code}-resolve`,
      keywords: `${code}-keywords`,
    }) as Record<string, string>
  )[path.split('/')[0]!] ?? `${code}-th`;

/**
 * One category as a small form of its own, named by its Thai or English name (the code stays
 * as secondary text for whoever maps it to other systems): names, service-level hours, whether
 * citizens may choose it. Fields stack on a phone and sit in a row on a wide screen.
 */
function CategoryCard({ category }: { category: CategoryView }) {
  const { t, name } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = t.complaints;
  const [nameTh, setNameTh] = useState(category.name.th);
  const [nameEn, setNameEn] = useState(category.name.en);
  const [ack, setAck] = useState(category.acknowledgeHours?.toString() ?? '');
  const [resolve, setResolve] = useState(category.resolveHours?.toString() ?? '');
  const [active, setActive] = useState(category.active);
  const [keywords, setKeywords] = useState(category.keywords.join(', '));
  const [savedName, setSavedName] = useState(name(category.name));
  const [done, setDone] = useState(false);
  const form = useFormSubmit(fieldOf(category.code));
  const id = (field: string) => `${category.code}-${field}`;
  const edit = (field: string, set: (value: string) => void) => (value: string) => {
    set(value);
    setDone(false);
    form.clearError(id(field));
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    setDone(false);
    void form.submit(
      () => [],
      async () => {
        await updateCategory(category.code, {
          nameTh,
          nameEn,
          acknowledgeHours: hours(ack),
          resolveHours: hours(resolve),
          active,
          keywords: splitKeywords(keywords),
        });
        setSavedName(name({ th: nameTh, en: nameEn }));
        setDone(true);
      },
    );
  };
  const problems = [...form.errors.map((error) => error.text), ...(form.message ? [form.message] : [])];
  return (
    <li class="category-card">
      <form onSubmit={onSubmit} noValidate aria-labelledby={id('title')}>
        <h2 class="heading-s" id={id('title')}>
          {savedName} <span class="category-card__code">({category.code})</span>
        </h2>
        <div class="category-card__fields">
          <TextField
            id={id('th')}
            label={adminOrg.unit.nameTh}
            error={form.errorFor(id('th'))}
            value={nameTh}
            maxLength={100}
            onInput={edit('th', setNameTh)}
          />
          <TextField
            id={id('en')}
            label={adminOrg.unit.nameEn}
            error={form.errorFor(id('en'))}
            value={nameEn}
            maxLength={100}
            onInput={edit('en', setNameEn)}
          />
          <TextField
            id={id('ack')}
            label={words.ackHours}
            width="short"
            error={form.errorFor(id('ack'))}
            value={ack}
            onInput={edit('ack', setAck)}
          />
          <TextField
            id={id('resolve')}
            label={words.resolveHours}
            width="short"
            error={form.errorFor(id('resolve'))}
            value={resolve}
            onInput={edit('resolve', setResolve)}
          />
        </div>
        <TextArea
          id={id('keywords')}
          label={words.categoryKeywords}
          hint={words.categoryKeywordsHint}
          error={form.errorFor(id('keywords'))}
          value={keywords}
          rows={2}
          onInput={edit('keywords', setKeywords)}
        />
        <div class="form-group">
          <Checkbox
            id={id('active')}
            label={words.active}
            checked={active}
            onChange={(checked) => {
              setActive(checked);
              setDone(false);
            }}
          />
        </div>
        <button type="submit" class="button button--small button--secondary" disabled={form.busy}>
          {words.saveCategory}
          <span class="visually-hidden"> {savedName}</span>
        </button>
        <div aria-live="polite">
          {done && <p class="body">{words.categorySaved}</p>}
          {!done && form.message && <ErrorMessage id={id('save')} text={problems.join(' ')} />}
        </div>
      </form>
    </li>
  );
}

/** The administrators' screen for complaint categories and their service levels. */
export function CategorySettingsPage() {
  const { t } = useI18n();
  const adminOrg = useAdminOrgWords();
  const [items, setItems] = useState<CategoryView[] | null>(null);
  useEffect(() => {
    staffCategories()
      .then((list) => setItems(list.items))
      .catch(() => setItems([]));
  }, []);
  return (
    <div>
      <Breadcrumbs trail={[{ href: '/admin', text: adminOrg.breadcrumbAdmin }]} />
      <PageHeading title={t.complaints.settingsTitle} />
      <p class="lead">{t.complaints.settingsLead}</p>
      <ul class="category-list">
        {items?.map((category) => (
          <CategoryCard key={category.code} category={category} />
        ))}
      </ul>
    </div>
  );
}
