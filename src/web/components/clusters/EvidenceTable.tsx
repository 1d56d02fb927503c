import type { EvidenceComplaint } from '../../../shared/api/clusters.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/** The complaints behind a cluster: public id, masked title, day received; never who filed them. */
export function EvidenceTable({ items, caption }: { items: EvidenceComplaint[]; caption: string }) {
  const { t, date } = useI18n();
  const words = t.clusters;
  return (
    <div class="table-wrap">
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.publicId}</th>
            <th scope="col">{words.complaintTitle}</th>
            <th scope="col">{words.receivedAt}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.caseId}>
              <td>
                <a href={`/cases/${item.caseId}`}>
                  <code>{item.publicId}</code>
                </a>
              </td>
              <td>{item.title}</td>
              <td>{date(item.receivedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
