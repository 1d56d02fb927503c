import '../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { browseUnitTree } from '../../api/adminOrg.ts';
import { query } from '../../api/client.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SummaryList } from '../../components/SummaryList.tsx';
import { takeFlash } from '../../hooks/flash.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { PageProps } from '../pageProps.ts';
import { areaLabelText } from './areaLabelText.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { useAdminOrgWords } from './useAdminOrgWords.ts';

/** `/admin/units/:id`: what a unit is called, what it is and where it sits, with the ways to rename or move it. */
export function UnitPage({ params }: PageProps) {
  const { t, name, locale } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.unit;
  const [notice] = useState(takeFlash);
  const loaded = useResource(() => browseUnitTree({ parentId: params.id, limit: 1 }), [params.id]);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data?.parent) return <Loading />;
  const { unit, ancestors } = loaded.data.parent;
  const children = loaded.data.total;
  return (
    <div>
      <Breadcrumbs
        trail={[
          { href: '/admin', text: adminOrg.breadcrumbAdmin },
          { href: '/admin/units', text: adminOrg.units.title },
          ...ancestors.map((a) => ({ href: `/admin/units${query({ parent: a.id })}`, text: name(a.name) })),
        ]}
      />
      {notice && <Notice text={notice} />}
      <PageHeading title={name(unit.name)} caption={t.unitKind[unit.kind]} />
      <SummaryList
        rows={[
          { key: words.nameTh, value: unit.name.th },
          { key: words.nameEn, value: unit.name.en === unit.name.th ? words.noEnglish : unit.name.en },
          { key: words.abbrTh, value: unit.abbr ?? words.none },
          { key: words.kind, value: t.unitKind[unit.kind] },
          {
            key: words.parent,
            value:
              ancestors.length > 0
                ? ancestors
                    .map((a) => name(a.name))
                    .reverse()
                    .join(' ‹ ')
                : words.none,
          },
          { key: words.area, value: unit.area.length > 0 ? areaLabelText(unit.area, locale) : words.wholeCountry },
          { key: words.code, value: unit.code },
          {
            key: words.children,
            value:
              children === 0 ? (
                adminOrg.units.noChildren
              ) : (
                <a href={`/admin/units${query({ parent: unit.id })}`}>
                  {adminOrg.units.children(children.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB'))}
                </a>
              ),
          },
        ]}
      />
      <ul class="org-actions">
        <li>
          <a href={`/admin/units/${unit.id}/rename`}>
            {words.rename}
            <span class="visually-hidden"> {name(unit.name)}</span>
          </a>
        </li>
        {ancestors.length > 0 && (
          <li>
            <a href={`/admin/units/${unit.id}/move`}>
              {words.move}
              <span class="visually-hidden"> {name(unit.name)}</span>
            </a>
          </li>
        )}
        <li>
          <a href={`/admin/units/new${query({ parent: unit.id })}`}>{adminOrg.units.addUnder(name(unit.name))}</a>
        </li>
      </ul>
    </div>
  );
}
