import '../../styles/adminOrg.css';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { browseUnitTree, createUnit, type UnitTreeItem } from '../../api/adminOrg.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FormError } from '../../forms/formErrors.ts';
import { setFlash } from '../../hooks/flash.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { unitKinds } from '../../../shared/unitKinds.ts';
import type { PageProps } from '../pageProps.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { UnitChooser } from './UnitChooser.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useAdminOrgWords } from './useAdminOrgWords.ts';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]+$/;
/** The government is the one root: no one adds another. */
const creatableKinds = unitKinds.filter((kind) => kind !== 'government');

/** `/admin/units/new?parent=`: add a unit under the unit the administrator came from, or one they search for. */
export function NewUnitPage({ query: params }: PageProps) {
  const { t, name } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.newUnit;
  const location = useLocation();
  const [parent, setParent] = useState<UnitTreeItem | null>(null);
  const [kind, setKind] = useState('');
  const [nameTh, setNameTh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [abbrTh, setAbbrTh] = useState('');
  const [code, setCode] = useState('');
  const form = useFormSubmit();
  useEffect(() => {
    if (!params.parent) return;
    browseUnitTree({ parentId: params.parent, limit: 1 })
      .then((page) => page.parent && setParent(page.parent.unit))
      .catch(() => undefined);
  }, [params.parent]);

  const validate = (): FormError[] => {
    const problems: FormError[] = [];
    if (!parent) problems.push({ field: 'parentId', text: words.chooseParent });
    if (!kind) problems.push({ field: 'kind', text: words.chooseKind });
    if (nameTh.trim().length < 2) problems.push({ field: 'nameTh', text: words.giveNameTh });
    if (!CODE.test(code.trim())) problems.push({ field: 'code', text: words.giveCode });
    return problems;
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      const made = await createUnit({
        code: code.trim(),
        parentId: parent!.id,
        kind,
        nameTh: nameTh.trim(),
        nameEn: nameEn.trim() || null,
        abbrTh: abbrTh.trim() || null,
      });
      setFlash(adminOrg.unit.created(name(made.unit.name)));
      location.route(`/admin/units/${made.unit.id}`);
    });
  };
  const field = (id: string, set: (value: string) => void) => (value: string) => {
    set(value);
    form.clearError(id);
  };

  return (
    <div class="narrow">
      <Breadcrumbs
        trail={[
          { href: '/admin', text: adminOrg.breadcrumbAdmin },
          { href: '/admin/units', text: adminOrg.units.title },
        ]}
      />
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={words.title} />
      <p class="lead">{words.lead}</p>
      <form onSubmit={onSubmit} noValidate>
        <UnitChooser
          id="parentId"
          legend={adminOrg.chooser.legend}
          searchLabel={adminOrg.chooser.search}
          error={form.errorFor('parentId')}
          chosen={parent}
          onChoose={(unit) => {
            setParent(unit);
            form.clearError('parentId');
          }}
        />
        <RadioGroup
          id="kind"
          legend={words.kindLegend}
          error={form.errorFor('kind')}
          value={kind}
          onChange={field('kind', setKind)}
          options={creatableKinds.map((value) => ({ value, label: t.unitKind[value] }))}
        />
        <TextField
          id="nameTh"
          label={adminOrg.unit.nameTh}
          hint={words.nameThHint}
          error={form.errorFor('nameTh')}
          value={nameTh}
          maxLength={300}
          onInput={field('nameTh', setNameTh)}
        />
        <TextField
          id="nameEn"
          label={adminOrg.unit.nameEn}
          hint={words.nameEnHint}
          optional
          error={form.errorFor('nameEn')}
          value={nameEn}
          maxLength={300}
          onInput={field('nameEn', setNameEn)}
        />
        <TextField
          id="abbrTh"
          label={adminOrg.unit.abbrTh}
          hint={words.abbrHint}
          optional
          width="medium"
          error={form.errorFor('abbrTh')}
          value={abbrTh}
          maxLength={60}
          onInput={field('abbrTh', setAbbrTh)}
        />
        <TextField
          id="code"
          label={adminOrg.unit.code}
          hint={words.codeHint}
          width="medium"
          error={form.errorFor('code')}
          value={code}
          maxLength={40}
          onInput={field('code', setCode)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {words.submit}
        </button>
      </form>
    </div>
  );
}
