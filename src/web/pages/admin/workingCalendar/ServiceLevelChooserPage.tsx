import '../../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { UnitTreeItem } from '../../../api/adminOrg.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useFormSubmit } from '../../../hooks/useFormSubmit.ts';
import { Breadcrumbs } from '../../adminOrg/Breadcrumbs.tsx';
import { UnitChooser } from '../../adminOrg/UnitChooser.tsx';
import { useWorkingCalendarWords } from './useWorkingCalendarWords.ts';

/**
 * `/admin/info-request-service-levels`: find an agency by name (the unit chooser of the units pages),
 * then its own page shows the figures that apply to it and where they come from.
 */
export function ServiceLevelChooserPage() {
  const words = useWorkingCalendarWords();
  const location = useLocation();
  const form = useFormSubmit();
  const [unit, setUnit] = useState<UnitTreeItem | null>(null);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(
      () => (unit ? [] : [{ field: 'unit', text: words.levels.chooseUnit }]),
      async () => {
        location.route(`/admin/info-request-service-levels/${unit!.id}`);
      },
    );
  };
  return (
    <div class="narrow">
      <Breadcrumbs trail={[{ href: '/admin', text: words.breadcrumbAdmin }]} />
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={words.levels.title} />
      <p class="lead">{words.levels.lead}</p>
      <form onSubmit={onSubmit} noValidate>
        <UnitChooser
          id="unit"
          legend={words.levels.chooseLegend}
          searchLabel={words.levels.searchLabel}
          error={form.errorFor('unit')}
          chosen={unit}
          onChoose={(chosen) => {
            setUnit(chosen);
            form.clearError('unit');
          }}
        />
        <button type="submit" class="button">
          {words.levels.show}
        </button>
      </form>
    </div>
  );
}
