import type { OpenDataCatalogue, OpenDataResource } from '../../domain/opendata/openDataCatalogue.ts';
import { OPEN_DATA_LICENCES } from '../../domain/opendata/openDataCatalogue.ts';
import { formatAnchor, type AuditAnchor } from '../../domain/audit/auditVerdict.ts';
import type { PortalLocale } from './portalLocale.ts';
import { formatDateTime } from '../../shared/buddhistEra.ts';

const FORMAT_NAMES: Record<string, string> = { csv: 'CSV', json: 'JSON', xlsx: 'XLSX', dictionary_csv: 'CSV' };

function size(l: PortalLocale, bytes: number): string {
  if (bytes < 1024) return `${l.number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${l.number(Math.round(bytes / 1024))} kB`;
  return `${l.number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

function ResourceLink({ l, resource }: { l: PortalLocale; resource: OpenDataResource }) {
  const dictionary = resource.format === 'dictionary_csv';
  return (
    <li>
      <a href={resource.path} download>
        {dictionary ? l.t('คำอธิบายข้อมูล', 'Data dictionary') : resource.table} ({FORMAT_NAMES[resource.format] ?? resource.format})
      </a>{' '}
      <span class="caption">
        {size(l, resource.byteSize)}
        {!dictionary && ` · ${l.number(resource.rowCount)} ${l.t('แถว', 'rows')}`}
      </span>
    </li>
  );
}

/**
 * The open datasets with their files, data dictionary and licence (the same catalogue CKAN and DCAT publish),
 * and the audit chain's anchor now, so that anyone can keep it and later hold the records to it.
 */
export function DataPage({ l, catalogue, anchor }: { l: PortalLocale; catalogue: OpenDataCatalogue; anchor: AuditAnchor }) {
  const licence = OPEN_DATA_LICENCES[catalogue.settings.licenseId as keyof typeof OPEN_DATA_LICENCES];
  return (
    <>
      <p class="body">
        {l.t('ข้อมูลทุกชุดเผยแพร่ภายใต้สัญญาอนุญาต ', 'Every dataset is published under ')}
        {licence ? <a href={licence.url}>{licence.title}</a> : catalogue.settings.licenseId}
        {l.t(' ผู้พัฒนาดึงข้อมูลได้ทาง ', '. Developers can harvest them through ')}
        <a href="/api/3/action/package_list">CKAN API</a>
        {l.t(' และ ', ' and ')}
        <a href="/catalog.ttl">DCAT</a>.
      </p>
      {catalogue.datasets.length === 0 ? (
        <p class="body">{l.t('ยังไม่มีชุดข้อมูลที่เผยแพร่', 'No dataset has been published yet.')}</p>
      ) : (
        <ul class="portal-list">
          {catalogue.datasets.map((dataset) => (
            <li key={dataset.name} class="portal-dataset">
              <h2 class="heading-m">{l.name(dataset.titleTh, dataset.titleEn)}</h2>
              <p class="body">{l.name(dataset.notesTh, dataset.notesEn)}</p>
              {dataset.resources.length === 0 ? (
                <p class="caption">{l.t('กำลังจัดทำไฟล์', 'The files are being prepared.')}</p>
              ) : (
                <ul class="list">
                  {dataset.resources.map((resource) => (
                    <ResourceLink l={l} resource={resource} key={resource.id} />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="caption portal-anchor">
        {l.t(
          'ตรวจสอบบันทึกได้: บันทึกทุกรายการของเรื่องและของผู้ดูแลระบบร้อยต่อกันเป็นห่วงโซ่แฮช จุดยึดล่าสุด ',
          'Verifiable records: every case and administration record is linked into one hash chain. Latest anchor ',
        )}
        <code>{formatAnchor({ seq: anchor.seq, chainHash: anchor.chainHash })}</code>
        {anchor.at && l.t(` ณ ${formatDateTime(anchor.at, 'th')}`, ` as of ${formatDateTime(anchor.at, 'en')}`)}
      </p>
    </>
  );
}
