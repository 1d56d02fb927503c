import '../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { saveRoutingRule, type UnitTreeItem } from '../../api/adminOrg.ts';
import { staffCategories } from '../../api/complaints.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { setFlash } from '../../hooks/flash.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { AreaPicker, chosenAreaCode, noArea, type AreaChoice } from './AreaPicker.tsx';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { UnitChooser } from './UnitChooser.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useAdminOrgWords } from './useAdminOrgWords.ts';

const fieldOf = (path: string) => ({ categoryCode: 'categoryCode', areaCode: 'province', unitCode: 'unitCode' })[path.split('/')[0]!];

/** `/admin/routing-rules/new`: category (or any) × area (or the whole country) → the unit, found by name. */
export function NewRoutingRulePage() {
  const { name } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.newRule;
  const location = useLocation();
  const categories = useResource(() => staffCategories(), []);
  const [category, setCategory] = useState('');
  const [area, setArea] = useState<AreaChoice>(noArea);
  const [unit, setUnit] = useState<UnitTreeItem | null>(null);
  const form = useFormSubmit(fieldOf);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(
      () => (unit ? [] : [{ field: 'unitCode', text: words.chooseUnit }]),
      async () => {
        await saveRoutingRule({ categoryCode: category || null, areaCode: chosenAreaCode(area), unitCode: unit!.code });
        setFlash(adminOrg.rules.saved);
        location.route('/admin/routing-rules');
      },
    );
  };
  return (
    <div class="narrow">
      <Breadcrumbs
        trail={[
          { href: '/admin', text: adminOrg.breadcrumbAdmin },
          { href: '/admin/routing-rules', text: adminOrg.rules.title },
        ]}
      />
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={words.title} />
      <p class="lead">{words.lead}</p>
      <form onSubmit={onSubmit} noValidate>
        <SelectField
          id="categoryCode"
          label={adminOrg.rules.category}
          hint={words.categoryHint}
          error={form.errorFor('categoryCode')}
          value={category}
          onChange={(value) => {
            setCategory(value);
            form.clearError('categoryCode');
          }}
          options={[
            { value: '', label: adminOrg.rules.anyCategory },
            ...(categories.data?.items ?? []).map((c) => ({ value: c.code, label: name(c.name) })),
          ]}
        />
        <AreaPicker
          value={area}
          error={form.errorFor('province')}
          onChange={(next) => {
            setArea(next);
            form.clearError('province');
          }}
        />
        <UnitChooser
          id="unitCode"
          legend={adminOrg.chooser.unitLegend}
          searchLabel={adminOrg.chooser.unitSearch}
          error={form.errorFor('unitCode')}
          chosen={unit}
          onChoose={(chosen) => {
            setUnit(chosen);
            form.clearError('unitCode');
          }}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {words.submit}
        </button>
      </form>
    </div>
  );
}
