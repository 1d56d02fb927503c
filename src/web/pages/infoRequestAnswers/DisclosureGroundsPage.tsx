import { useState } from 'preact/hooks';
import { createGround, listGrounds, updateGround, type GroundView } from '../../api/infoRequestAnswers.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/**
 * `/admin/disclosure-grounds`: the legal grounds administrators keep (sections 14 and 15). A ground is
 * deactivated or used again, never deleted; a new one is added below the list. Every change is audited.
 */
export function DisclosureGroundsPage() {
  const { t, locale } = useI18n();
  const w = t.infoRequestAnswers.grounds;
  const grounds = useResource(() => listGrounds(), []);
  const submit = useFormSubmit();
  const toggling = useFormSubmit();
  const [done, setDone] = useState<string | null>(null);
  const [form, setForm] = useState({ code: '', section: '15', item: '', nameTh: '', nameEn: '' });
  if (grounds.error) return <LoadError error={grounds.error} retry={grounds.reload} />;
  if (!grounds.data) return <Loading />;

  const toggle = (g: GroundView) =>
    void toggling.submit(
      () => [],
      async () => {
        await updateGround(g.code, {
          section: g.section,
          item: g.item,
          nameTh: g.nameTh,
          nameEn: g.nameEn,
          active: !g.active,
          sortOrder: g.sortOrder,
        });
        setDone(w.saved);
        grounds.reload();
      },
    );
  const field = (key: keyof typeof form, label: string, hint?: string) => (
    <TextField
      id={key}
      label={label}
      {...(hint ? { hint } : {})}
      value={form[key]}
      error={submit.errorFor(key)}
      onInput={(value) => {
        setForm({ ...form, [key]: value });
        submit.clearError(key);
      }}
    />
  );
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(
      () => [],
      async () => {
        const last = grounds.data!.items.reduce((max, g) => Math.max(max, g.sortOrder), 0);
        await createGround({ ...form, item: form.item.trim() || null, sortOrder: last + 10 });
        setDone(w.saved);
        setForm({ code: '', section: '15', item: '', nameTh: '', nameEn: '' });
        grounds.reload();
      },
    );
  };
  return (
    <>
      <a class="back-link" href="/admin">
        {t.searchSynonyms.breadcrumbAdmin}
      </a>
      <PageHeading title={w.title} />
      {done && <Notice text={done} />}
      <p class="lead">{w.lead}</p>
      <ErrorSummary errors={toggling.errors} message={toggling.message} attempt={toggling.attempt} />
      <ul class="work-list">
        {grounds.data.items.map((g) => (
          <li class="work-item" key={g.code}>
            <h2 class="work-item__title">
              {t.infoRequestAnswers.section(g)} <span class="hint">({g.code})</span>
            </h2>
            <p class="work-item__meta">{locale === 'th' ? g.nameTh : g.nameEn}</p>
            <p class="work-item__meta">
              {g.active ? w.active : <strong>{w.inactive}</strong>}{' '}
              <button type="button" class="link-button" onClick={() => toggle(g)}>
                {g.active ? w.deactivate : w.activate}
                <span class="visually-hidden"> {g.code}</span>
              </button>
            </p>
          </li>
        ))}
      </ul>
      <h2 class="heading-m">{w.add}</h2>
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <form onSubmit={onSubmit} noValidate>
        {field('code', w.code, w.codeHint)}
        {field('section', w.section)}
        {field('item', w.item)}
        {field('nameTh', w.nameTh)}
        {field('nameEn', w.nameEn)}
        <button type="submit" class="button" disabled={submit.busy}>
          {w.add}
        </button>
      </form>
    </>
  );
}
