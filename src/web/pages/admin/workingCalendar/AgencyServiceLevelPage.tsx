import '../../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { readAgencyServiceLevel, type AgencyServiceLevelView } from '../../../api/workingCalendar.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { takeFlash } from '../../../hooks/flash.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import { Breadcrumbs } from '../../adminOrg/Breadcrumbs.tsx';
import type { PageProps } from '../../pageProps.ts';
import { FiguresList } from './serviceLevelFigures.tsx';
import { useWorkingCalendarWords } from './useWorkingCalendarWords.ts';

export const levelsHome = '/admin/info-request-service-levels';

/** Where the inherited figures come from, in words: a parent unit by name, or the default. */
export function useInheritedSource() {
  const { name } = useI18n();
  const words = useWorkingCalendarWords().levels;
  return (inherited: NonNullable<AgencyServiceLevelView['inherited']>) =>
    inherited.from ? words.inheritedFrom(name(inherited.from.name)) : words.inheritedDefault;
}

/**
 * `/admin/info-request-service-levels/:unitId`: the figures that apply to an agency's information requests,
 * whether they are its own or inherited (and from which unit), with the one next step: set its own, or change
 * or stop using them.
 */
export function AgencyServiceLevelPage({ params }: PageProps) {
  const { name } = useI18n();
  const words = useWorkingCalendarWords();
  const source = useInheritedSource();
  const loaded = useResource(() => readAgencyServiceLevel(params['unitId']!), [params['unitId']]);
  const [notice] = useState(takeFlash);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const level = loaded.data;
  const base = `${levelsHome}/${level.unit.id}`;
  const applies = level.own ?? level.inherited?.figures ?? null;
  return (
    <div class="narrow">
      <Breadcrumbs
        trail={[
          { href: '/admin', text: words.breadcrumbAdmin },
          { href: levelsHome, text: words.levels.title },
        ]}
      />
      {notice && <Notice text={notice} />}
      <PageHeading title={name(level.unit.name)} caption={words.levels.title} />
      <p class="body">
        {words.levels.source}:{' '}
        <strong data-testid="level-source">
          {level.own ? words.levels.own : level.inherited ? source(level.inherited) : words.levels.noFigures}
        </strong>
      </p>
      {applies && <FiguresList figures={applies} />}
      <p>
        <a class="button" href={`${base}/edit`}>
          {level.own ? words.levels.changeOwn : words.levels.setOwn}
        </a>
      </p>
      {level.own && (
        <p class="body">
          <a href={`${base}/remove`}>{words.levels.removeOwn}</a>
        </p>
      )}
      <p class="body">
        <a href={levelsHome}>{words.levels.otherUnit}</a>
      </p>
    </div>
  );
}
