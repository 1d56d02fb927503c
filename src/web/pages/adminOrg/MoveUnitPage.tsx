import '../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { moveUnit, readUnit, type UnitTreeItem } from '../../api/adminOrg.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { setFlash } from '../../hooks/flash.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { PageProps } from '../pageProps.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { UnitChooser } from './UnitChooser.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useAdminOrgWords } from './useAdminOrgWords.ts';

/**
 * `/admin/units/:id/move`: choose the new parent by searching; the server refuses a parent below
 * the unit itself or of a kind that does not fit, and says which would.
 */
export function MoveUnitPage({ params }: PageProps) {
  const { name } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.move;
  const location = useLocation();
  const loaded = useResource(() => readUnit(params.id!), [params.id]);
  const [parent, setParent] = useState<UnitTreeItem | null>(null);
  const form = useFormSubmit();
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { unit, ancestors } = loaded.data;
  const current = ancestors.at(-1);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(
      () => (parent ? [] : [{ field: 'parentId', text: adminOrg.newUnit.chooseParent }]),
      async () => {
        await moveUnit(unit.id, { parentId: parent!.id });
        setFlash(adminOrg.unit.moved(name(parent!.name)));
        location.route(`/admin/units/${unit.id}`);
      },
    );
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
      <p class="body">{words.lead(name(unit.name))}</p>
      {current && (
        <p class="body">
          {words.now}: <strong>{name(current.name)}</strong>
        </p>
      )}
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
        <button type="submit" class="button" disabled={form.busy}>
          {words.submit}
        </button>
      </form>
    </div>
  );
}
