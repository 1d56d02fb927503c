import { getNationalPicture } from '../../api/picture.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { CaseTable, MinistryTable, ZoneTable } from '../../components/picture/PictureTables.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import '../../styles/picture.css';
import '../../styles/reports.css';

/** Every live directive, policy and cabinet resolution, then the same figures by ministry and by inspection zone. */
export function DeliveryPicturePage() {
  const { t } = useI18n();
  const words = t.picture.picture;
  const loaded = useResource(getNationalPicture, []);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { cases, byMinistry, byZone } = loaded.data;
  return (
    <>
      <PageHeading title={words.title} />
      <p class="lead">{words.lead}</p>
      {cases.length === 0 ? <p class="body">{words.empty}</p> : <CaseTable cases={cases} caption={words.cases} />}
      <p class="body">{words.byMinistryHint}</p>
      <MinistryTable rows={byMinistry} />
      <p class="body">{words.byZoneHint}</p>
      <ZoneTable rows={byZone} caption={words.byZone} />
    </>
  );
}
