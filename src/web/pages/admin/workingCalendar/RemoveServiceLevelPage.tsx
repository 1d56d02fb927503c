import '../../../styles/adminOrg.css';
import { useLocation } from 'preact-iso';
import { readAgencyServiceLevel, removeAgencyServiceLevel } from '../../../api/workingCalendar.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { setFlash } from '../../../hooks/flash.ts';
import { useFormSubmit } from '../../../hooks/useFormSubmit.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import type { PageProps } from '../../pageProps.ts';
import { levelsHome, useInheritedSource } from './AgencyServiceLevelPage.tsx';
import { FiguresList } from './serviceLevelFigures.tsx';
import { useWorkingCalendarWords } from './useWorkingCalendarWords.ts';

/**
 * `/admin/info-request-service-levels/:unitId/remove`: what the agency will follow once its own figures go
 * (its nearest parent's, or the default), and the one button that removes them.
 */
export function RemoveServiceLevelPage({ params }: PageProps) {
  const { t, name } = useI18n();
  const words = useWorkingCalendarWords().levels;
  const source = useInheritedSource();
  const location = useLocation();
  const submit = useFormSubmit();
  const loaded = useResource(() => readAgencyServiceLevel(params['unitId']!), [params['unitId']]);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const level = loaded.data;
  const back = `${levelsHome}/${level.unit.id}`;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(
      () => [],
      async () => {
        await removeAgencyServiceLevel(level.unit.id);
        setFlash(words.removed(name(level.unit.name)));
        location.route(back);
      },
    );
  };
  return (
    <div class="narrow">
      <a class="back-link" href={back}>
        {name(level.unit.name)}
      </a>
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <PageHeading title={words.removeTitle} caption={name(level.unit.name)} />
      {!level.own ? (
        <p class="body">{words.noOwn}</p>
      ) : (
        <>
          <p class="body">{words.removeLead}</p>
          {level.inherited ? (
            <>
              <h2 class="heading-s">{source(level.inherited)}</h2>
              <FiguresList figures={level.inherited.figures} />
            </>
          ) : (
            <p class="body">{words.noFigures}</p>
          )}
          <form onSubmit={onSubmit} noValidate>
            <div class="button-group">
              <button type="submit" class="button button--warning" disabled={submit.busy}>
                {words.removeSubmit}
              </button>
              <a class="link-secondary" href={back}>
                {t.cancel}
              </a>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
