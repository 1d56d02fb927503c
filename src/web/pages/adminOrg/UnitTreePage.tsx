import '../../styles/adminOrg.css';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { browseUnitTree, type UnitTreeItem } from '../../api/adminOrg.ts';
import { query } from '../../api/client.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { takeFlash } from '../../hooks/flash.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { PageProps } from '../pageProps.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { useUnitDescription } from './UnitChooser.tsx';
import { useAdminOrgWords } from './useAdminOrgWords.ts';

const PAGE = 20;

/** One unit of the list: its name (to manage it), what and where it is, and the way down to the units under it. */
function UnitItem({ unit }: { unit: UnitTreeItem }) {
  const { name, locale } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.units;
  const describe = useUnitDescription();
  const number = unit.childCount.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB');
  return (
    <li class="org-item">
      <a class="org-item__title" href={`/admin/units/${unit.id}`}>
        {name(unit.name)}
      </a>
      <p class="org-item__meta">{describe(unit)}</p>
      <p class="org-item__meta">
        {unit.childCount === 0 ? (
          words.noChildren
        ) : (
          <a href={`/admin/units${query({ parent: unit.id })}`}>
            {words.children(number)}
            <span class="visually-hidden"> {name(unit.name)}</span>
          </a>
        )}
        <span class="org-item__code">
          {' · '}
          {words.codeLabel} {unit.code}
        </span>
      </p>
    </li>
  );
}

/**
 * `/admin/units`: the organisation chart a level at a time (`?parent=`), or a search below the
 * level (`?q=`), 20 a page with "20 of 78" and previous/next links; the one action is adding a
 * unit here.
 */
export function UnitTreePage({ query: params }: PageProps) {
  const { name, locale } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.units;
  const location = useLocation();
  const parentId = params.parent || undefined;
  const q = params.q?.trim() || undefined;
  const page = Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1);
  const [text, setText] = useState(q ?? '');
  const [notice] = useState(takeFlash);
  useEffect(() => setText(q ?? ''), [q]);
  const tree = useResource(() => browseUnitTree({ parentId, q, offset: (page - 1) * PAGE, limit: PAGE }), [parentId, q, page]);
  if (tree.error) return <LoadError error={tree.error} retry={tree.reload} />;
  const data = tree.data;
  const parent = data?.parent ?? null;
  const number = (n: number) => n.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB');
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;
  const link = (nextPage: number) => `/admin/units${query({ parent: parentId, q, page: nextPage > 1 ? nextPage : undefined })}`;
  const search = (event: Event) => {
    event.preventDefault();
    location.route(`/admin/units${query({ parent: parentId, q: text.trim().slice(0, 100) || undefined })}`);
  };
  const title = parent ? words.under(name(parent.unit.name)) : words.title;

  return (
    <div>
      <Breadcrumbs
        trail={[
          { href: '/admin', text: adminOrg.breadcrumbAdmin },
          ...(parent ? [{ href: '/admin/units', text: words.top }] : []),
          ...(parent?.ancestors.map((unit) => ({ href: `/admin/units${query({ parent: unit.id })}`, text: name(unit.name) })) ?? []),
        ]}
      />
      {notice && <Notice text={notice} />}
      <PageHeading title={title} caption={parent ? words.title : undefined} />
      {!parent && <p class="lead">{words.lead}</p>}
      {parent && (
        <p class="body">
          <a href={`/admin/units/${parent.unit.id}`}>{`${words.manage}${locale === 'th' ? '' : ' '}${name(parent.unit.name)}`}</a>
        </p>
      )}
      <a class="button" href={`/admin/units/new${query({ parent: parent?.unit.id })}`}>
        {parent ? words.addUnder(name(parent.unit.name)) : words.add}
      </a>
      <form class="org-search" role="search" onSubmit={search}>
        <label class="label" for="unit-q">
          {words.searchLabel}
        </label>
        <div class="hint" id="unit-q-hint">
          {parent ? words.searchHintUnder(name(parent.unit.name)) : words.searchHintTop}
        </div>
        <div class="search-row">
          <input
            class="input input--medium"
            id="unit-q"
            type="search"
            value={text}
            maxLength={100}
            onInput={(event) => setText(event.currentTarget.value)}
            aria-describedby="unit-q-hint"
          />
          <button type="submit" class="button button--secondary">
            {words.searchButton}
          </button>
        </div>
        {q && <a href={`/admin/units${query({ parent: parentId })}`}>{words.clearSearch}</a>}
      </form>
      {!data ? (
        <Loading />
      ) : (
        <>
          <p class="body" role="status" aria-live="polite">
            {data.total === 0
              ? words.none
              : words.count(`${number(data.offset + 1)}–${number(data.offset + data.items.length)}`, number(data.total))}
          </p>
          <ul class="org-list">
            {data.items.map((unit) => (
              <UnitItem key={unit.id} unit={unit} />
            ))}
          </ul>
          {pages > 1 && (
            <nav class="pagination" aria-label={words.pageOf(page, pages)}>
              {page > 1 && <a href={link(page - 1)}>{words.previous}</a>}
              <span>{words.pageOf(page, pages)}</span>
              {page < pages && (
                <a class="pagination__next" href={link(page + 1)}>
                  {words.next}
                </a>
              )}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
