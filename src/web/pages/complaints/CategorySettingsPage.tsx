import '../../styles/complaints.css';
import { useEffect, useState } from 'preact/hooks';
import { staffCategories, updateCategory } from '../../api/complaints.ts';
import type { CategoryView } from '../../../shared/api/complaints.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

function hours(value: string): number | null {
  const n = Number(value);
  return value.trim() && Number.isInteger(n) && n > 0 ? n : null;
}

/** One category's row: names, service level hours and whether citizens may choose it. */
function CategoryRow({ category, onSaved }: { category: CategoryView; onSaved(): void }) {
  const { t } = useI18n();
  const [nameTh, setNameTh] = useState(category.name.th);
  const [nameEn, setNameEn] = useState(category.name.en);
  const [ack, setAck] = useState(category.acknowledgeHours?.toString() ?? '');
  const [resolve, setResolve] = useState(category.resolveHours?.toString() ?? '');
  const [active, setActive] = useState(category.active);
  const [done, setDone] = useState(false);
  const form = useFormSubmit();
  const id = (field: string) => `${category.code}-${field}`;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    setDone(false);
    void form.submit(
      () => [],
      async () => {
        await updateCategory(category.code, { nameTh, nameEn, acknowledgeHours: hours(ack), resolveHours: hours(resolve), active });
        setDone(true);
        onSaved();
      },
    );
  };
  return (
    <tr>
      <td>
        <code>{category.code}</code>
      </td>
      <td>
        <label class="visually-hidden" for={id('th')}>
          {category.code} TH
        </label>
        <input class="input" id={id('th')} value={nameTh} onInput={(e) => setNameTh(e.currentTarget.value)} />
      </td>
      <td>
        <label class="visually-hidden" for={id('en')}>
          {category.code} EN
        </label>
        <input class="input" id={id('en')} value={nameEn} onInput={(e) => setNameEn(e.currentTarget.value)} />
      </td>
      <td>
        <label class="visually-hidden" for={id('ack')}>
          {t.complaints.ackHours}
        </label>
        <input class="input input--short" id={id('ack')} inputMode="numeric" value={ack} onInput={(e) => setAck(e.currentTarget.value)} />
      </td>
      <td>
        <label class="visually-hidden" for={id('resolve')}>
          {t.complaints.resolveHours}
        </label>
        <input
          class="input input--short"
          id={id('resolve')}
          inputMode="numeric"
          value={resolve}
          onInput={(e) => setResolve(e.currentTarget.value)}
        />
      </td>
      <td>
        <input
          type="checkbox"
          id={id('active')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
          aria-label={`${category.code} ${t.complaints.active}`}
        />
      </td>
      <td>
        <form onSubmit={onSubmit}>
          <button type="submit" class="button button--small button--secondary">
            {t.complaints.saveCategory}
          </button>
          {done && <span role="status"> {t.complaints.categorySaved}</span>}
          {form.message && <span class="error-message"> {form.message}</span>}
        </form>
      </td>
    </tr>
  );
}

/** The administrators' screen for complaint categories and their service levels. */
export function CategorySettingsPage() {
  const { t } = useI18n();
  const [items, setItems] = useState<CategoryView[] | null>(null);
  const load = () =>
    staffCategories()
      .then((list) => setItems(list.items))
      .catch(() => setItems([]));
  useEffect(() => void load(), []);
  return (
    <div>
      <ErrorSummary errors={[]} attempt={0} />
      <PageHeading title={t.complaints.settingsTitle} />
      <p class="lead">{t.complaints.settingsLead}</p>
      <div class="table-scroll">
        <table class="settings-table">
          <thead>
            <tr>
              <th>code</th>
              <th>ไทย</th>
              <th>English</th>
              <th>{t.complaints.ackHours}</th>
              <th>{t.complaints.resolveHours}</th>
              <th>{t.complaints.active}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items?.map((category) => (
              <CategoryRow key={category.code} category={category} onSaved={() => undefined} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
