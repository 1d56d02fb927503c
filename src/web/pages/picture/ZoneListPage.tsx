import { getNationalPicture } from '../../api/picture.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ZoneTable } from '../../components/picture/PictureTables.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import '../../styles/picture.css';
import '../../styles/reports.css';

/** The 18 inspection zones and the central area, each with its directives' reach, linking to the zone's page. */
export function ZoneListPage() {
  const { t } = useI18n();
  const loaded = useResource(getNationalPicture, []);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return (
    <>
      <PageHeading title={t.picture.zones.title} />
      <p class="lead">{t.picture.zones.lead}</p>
      <ZoneTable rows={loaded.data.byZone} caption={t.picture.zones.title} />
    </>
  );
}
