import { useLocation } from 'preact-iso';
import { query } from '../api/client.ts';
import { listCases, listProvinces } from '../api/endpoints.ts';
import { CaseFilters, filtersFromQuery, type FilterValues } from '../components/CaseFilters.tsx';
import { CaseListItem } from '../components/CaseListItem.tsx';
import { LoadError } from '../components/LoadError.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

const filterQuery = (values: FilterValues) =>
  query({ q: values.q, kind: values.kind, status: values.status, area: values.area, overdue: values.overdue });

/** Every case I may see, searched and filtered, a page at a time (keyset pages: "next" only, stable under new cases). */
export function CaseListPage() {
  const { t } = useI18n();
  const location = useLocation();
  const values = filtersFromQuery(location.query);
  const cursor = location.query['cursor'];
  const provinces = useResource(listProvinces, []);
  const cases = useResource(
    () => listCases({ q: values.q, kind: values.kind, status: values.status, area: values.area, overdue: values.overdue, cursor }),
    [location.url],
  );

  const apply = (next: FilterValues) => location.route(`/cases${filterQuery(next)}`);
  const base = filterQuery(values);

  return (
    <>
      <PageHeading title={t.cases.title} />
      <div class="split">
        <div class="split__side">
          <CaseFilters values={values} provinces={provinces.data?.items ?? []} onApply={apply} />
        </div>
        <section class="split__main" aria-labelledby="results-title">
          <h2 class="heading-m" id="results-title">
            {t.cases.results}
          </h2>
          {cases.error ? (
            <LoadError error={cases.error} retry={cases.reload} inline />
          ) : !cases.data ? (
            <Loading />
          ) : cases.data.items.length === 0 ? (
            <p class="body empty" role="status">
              {t.cases.empty}
            </p>
          ) : (
            <>
              <ul class="work-list">
                {cases.data.items.map((item) => (
                  <CaseListItem key={item.id} item={item} />
                ))}
              </ul>
              <nav class="pagination" aria-label={t.cases.results}>
                {cursor && <a href={`/cases${base}`}>{t.cases.firstPage}</a>}
                {cases.data.nextCursor && (
                  <a
                    class="pagination__next"
                    rel="next"
                    href={`/cases${base}${base ? '&' : '?'}cursor=${encodeURIComponent(cases.data.nextCursor)}`}
                  >
                    {t.cases.nextPage}
                  </a>
                )}
              </nav>
            </>
          )}
        </section>
      </div>
    </>
  );
}
