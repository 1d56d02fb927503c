import type { pictureTh } from '../picture.ts';
import type { UnitKind } from '../../../../shared/unitKinds.ts';

const enCount = (n: number) => n.toLocaleString('en-GB');
const unitNounsEn: Record<UnitKind, [string, string]> = {
  government: ['unit', 'units'],
  ministry: ['ministry', 'ministries'],
  department: ['department', 'departments'],
  division: ['division', 'divisions'],
  provincial_hall: ['provincial hall', 'provincial halls'],
  district_office: ['district office', 'district offices'],
  provincial_office: ['provincial office', 'provincial offices'],
  service_point: ['service point', 'service points'],
};
const enUnits = (kind: UnitKind | null, n: number) => `${enCount(n)} ${(kind ? unitNounsEn[kind] : ['unit', 'units'])[n === 1 ? 0 : 1]}`;

/** The English words of `../picture.ts`, in their own module so the Thai first load does not carry them. */
export const pictureEn: typeof pictureTh = {
  nav: { home: 'National picture', picture: 'Delivery picture', zones: 'Inspection zones' },
  home: {
    title: 'National picture',
    lead: 'Every live directive, policy and cabinet resolution: how many units acknowledged, where delivery stands, and who asked for help.',
    live: 'Live cases',
    reach: 'Units acknowledged',
    red: 'Rated red',
    help: 'Asking for help',
    overdue: 'Units overdue',
    indicators: 'Indicators off track',
    indicatorsOf: (off, all) => `${enCount(off)} of ${enCount(all)}`,
    attention: 'Needing attention first',
    complaints: {
      title: (year: number) => `Complaints in fiscal year ${year} BE`,
      received: 'Received',
      resolved: 'Finished',
      rate: 'Resolution rate',
      overdue: 'Overdue',
      more: 'Complaint statistics by province, with the map',
    },
    where: 'Go to',
    links: {
      picture: 'The delivery picture of every case, by ministry and inspection zone',
      statistics: 'Complaint statistics',
      league: 'League table of provinces and units',
      zones: 'The 18 inspection zones and the central area',
      inbox: 'My work (what waits for your unit)',
    },
  },
  picture: {
    title: 'Delivery picture',
    lead: 'Every live case; those asking for help, rated red or overdue first.',
    cases: 'By case',
    byMinistry: 'By ministry',
    byMinistryHint: "Assignments of each ministry's units; a case counts under every ministry it was sent to.",
    byZone: 'By inspection zone',
    byZoneHint: "Assignments of units in each zone's provinces.",
    empty: 'No case has been sent to units yet.',
  },
  columns: {
    case: 'Case',
    ministry: 'Ministry',
    zone: 'Inspection zone',
    province: 'Province',
    cases: 'Cases',
    reach: 'Acknowledged',
    rag: 'RAG',
    confidence: 'Confidence',
    help: 'Help asked',
    overdue: 'Overdue',
    indicators: 'Indicators',
    provinces: 'Provinces',
  },
  reachOf: (n, m) => `${enCount(n)} of ${enCount(m)} units`,
  indicatorStanding: (on, off) => `on track ${enCount(on)} · off track ${enCount(off)}`,
  zones: {
    title: 'Inspection zones',
    lead: "The Office of the Prime Minister's 18 inspection zones and the central area (Bangkok). Choose a zone to see each province's complaints and directives.",
    provinceCount: (n) => `${enCount(n)} ${n === 1 ? 'province' : 'provinces'}`,
  },
  zone: {
    lead: "The zone's provinces: complaints in the fiscal year, and the directives sent to units in each province.",
    fiscalYear: (year) => `Fiscal year ${year} B.E.`,
    complaints: 'Complaints',
    directives: 'Directives and policies',
    received: 'Received',
    resolved: 'Resolved',
    rate: 'Resolution rate',
    complaintsUnavailable: 'Complaint statistics cannot be shown yet; directives are shown as usual.',
    allZones: 'All inspection zones',
    asOf: (when) => `As of ${when}`,
  },
  inbox: {
    notAcknowledged: (kind, n, ref) => `${enUnits(kind, n)} have not acknowledged ${ref}`,
    notResolved: (kind, n, ref) => `${enUnits(kind, n)} are past the service level on ${ref}`,
    help: (kind, n, ref) => `${enUnits(kind, n)} ask for help on ${ref}`,
    acceptance: (kind, n, ref) => `${enUnits(kind, n)} reported ${ref} done, waiting for your acceptance`,
    showUnits: (n) => `Show all ${enCount(n)} units`,
  },
};
