import '../../styles/adminOrg.css';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { readUnit, renameUnit } from '../../api/adminOrg.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FormError } from '../../forms/formErrors.ts';
import { setFlash } from '../../hooks/flash.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { PageProps } from '../pageProps.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useAdminOrgWords } from './useAdminOrgWords.ts';

/** `/admin/units/:id/rename`: the unit's Thai and English names and abbreviation, as one form. */
export function RenameUnitPage({ params }: PageProps) {
  const { name } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.rename;
  const location = useLocation();
  const loaded = useResource(() => readUnit(params.id!), [params.id]);
  const [names, setNames] = useState<{ nameTh: string; nameEn: string; abbrTh: string } | null>(null);
  const form = useFormSubmit();
  useEffect(() => {
    const unit = loaded.data?.unit;
    if (unit) setNames({ nameTh: unit.name.th, nameEn: unit.name.en === unit.name.th ? '' : unit.name.en, abbrTh: unit.abbr ?? '' });
  }, [loaded.data]);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data || !names) return <Loading />;
  const unit = loaded.data.unit;
  const validate = (): FormError[] => (names.nameTh.trim().length < 2 ? [{ field: 'nameTh', text: words.giveNameTh }] : []);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      await renameUnit(unit.id, { nameTh: names.nameTh.trim(), nameEn: names.nameEn.trim() || null, abbrTh: names.abbrTh.trim() || null });
      setFlash(adminOrg.unit.renamed);
      location.route(`/admin/units/${unit.id}`);
    });
  };
  const change = (field: keyof typeof names) => (value: string) => {
    setNames({ ...names, [field]: value });
    form.clearError(field);
  };
  return (
    <div class="narrow">
      <Breadcrumbs
        trail={[
          { href: '/admin', text: adminOrg.breadcrumbAdmin },
          { href: '/admin/units', text: adminOrg.units.title },
          { href: `/admin/units/${unit.id}`, text: name(unit.name) },
        ]}
      />
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={words.title} caption={name(unit.name)} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="nameTh"
          label={adminOrg.unit.nameTh}
          hint={adminOrg.newUnit.nameThHint}
          error={form.errorFor('nameTh')}
          value={names.nameTh}
          maxLength={300}
          onInput={change('nameTh')}
        />
        <TextField
          id="nameEn"
          label={adminOrg.unit.nameEn}
          hint={adminOrg.newUnit.nameEnHint}
          optional
          error={form.errorFor('nameEn')}
          value={names.nameEn}
          maxLength={300}
          onInput={change('nameEn')}
        />
        <TextField
          id="abbrTh"
          label={adminOrg.unit.abbrTh}
          hint={adminOrg.newUnit.abbrHint}
          optional
          width="medium"
          error={form.errorFor('abbrTh')}
          value={names.abbrTh}
          maxLength={60}
          onInput={change('abbrTh')}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {words.submit}
        </button>
      </form>
    </div>
  );
}
