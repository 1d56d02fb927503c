import type { AgencyChoiceRow, InfoRequestListRow } from '../../db/queries/infoRequestHandlingQueries.ts';
import type { AgencyChoice, InfoRequestListItem, RequesterView } from '../../shared/api/infoRequests.ts';
import type { InfoRequestDisplayState } from '../../shared/infoRequests.ts';
import type { FiledOnce } from '../../commands/infoRequests/fileInfoRequestOnce.ts';

export function presentAgencyChoice(row: AgencyChoiceRow): AgencyChoice {
  return {
    id: row.id,
    code: row.code,
    name: { th: row.name_th, en: row.name_en ?? row.name_th },
    abbreviation: row.abbr_th,
    parent: row.parent_name_th ? { th: row.parent_name_th, en: row.parent_name_en ?? row.parent_name_th } : null,
  };
}

export function presentInfoRequestListItem(row: InfoRequestListRow): InfoRequestListItem {
  return {
    id: row.case_id,
    ref: row.ref,
    title: row.title,
    displayState: row.display_state as InfoRequestDisplayState,
    agency: { th: row.agency_name_th, en: row.agency_name_en ?? row.agency_name_th },
    receivedAt: row.received_at.toISOString(),
    dueAt: row.due_at?.toISOString() ?? null,
  };
}

/** What the requester is answered on filing: the reference and their secret tracking code, never the case id. */
export function presentFiled(filed: FiledOnce) {
  return {
    ref: filed.ref,
    trackingCode: filed.trackingCode,
    agency: filed.agency,
    dueAt: filed.dueAt?.toISOString() ?? null,
    replayed: filed.replayed,
  };
}

export function presentRequester(row: {
  name: string | null;
  citizen_id: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}): RequesterView {
  return { name: row.name, citizenId: row.citizen_id, phone: row.phone, email: row.email, address: row.address };
}
