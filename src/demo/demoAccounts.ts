import type { Role } from '../domain/roles.ts';

/**
 * One account per role for demonstrations and first look, shown at start in
 * demo mode. Never use demo mode for real data: the password is published.
 */
export const DEMO_PASSWORD = 'tidtam-demo-2569';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
  what: string;
}

export const demoAccounts: DemoAccount[] = [
  { username: 'admin', displayName: 'ผู้ดูแลระบบ', role: 'admin', unitCode: 'RTG', what: 'manages accounts and units' },
  {
    username: 'pmdu',
    displayName: 'สมศรี ขับเคลื่อน (PMDU)',
    role: 'delivery_unit',
    unitCode: 'PMDU',
    what: "PM's Delivery Unit: issues directives, sees everything",
  },
  {
    username: 'msdhs',
    displayName: 'วิชัย ประสานงาน (พม.)',
    role: 'coordinator',
    unitCode: 'MSDHS',
    what: 'ministry coordinator: cascades to provincial offices; refused an information request, now under appeal',
  },
  {
    username: 'chiangmai',
    displayName: 'มาลี ใจดี (ศาลากลางเชียงใหม่)',
    role: 'officer',
    unitCode: 'PH-50',
    what: 'Chiang Mai provincial hall officer: the flood directive; answers information requests at /info-requests',
  },
  {
    username: 'chiangmai-coord',
    displayName: 'อรทัย ตรวจทาน (ศาลากลางเชียงใหม่)',
    role: 'coordinator',
    unitCode: 'PH-50',
    what: 'Chiang Mai provincial hall coordinator: reviews answer documents and publishes requests to /portal/information',
  },
  {
    username: 'maechan',
    displayName: 'ประเสริฐ ทำงาน (อำเภอเมืองเชียงใหม่)',
    role: 'officer',
    unitCode: 'DO-5001',
    what: 'Mueang Chiang Mai district officer',
  },
  {
    username: 'phranakhon',
    displayName: 'สมปอง ดูแลเขต (สำนักงานเขตพระนคร)',
    role: 'officer',
    unitCode: 'DO-1001',
    what: 'Bangkok district officer: handles the complaints routed to Phra Nakhon',
  },
  { username: 'operator', displayName: 'สุดา รับเรื่อง (1111)', role: 'operator', unitCode: 'OPM-1111', what: '1111 contact centre operator' },
  {
    username: 'viewer',
    displayName: 'ผู้ตรวจราชการ (ดูอย่างเดียว)',
    role: 'viewer',
    unitCode: 'OPM',
    what: 'reads the Office of the PM subtree',
  },
  {
    username: 'oic',
    displayName: 'กิตติพงษ์ วินิจฉัย (สขร.)',
    role: 'coordinator',
    unitCode: 'OIC',
    what: 'Office of the Official Information Commission: appeals and complaints about requests at /info-requests/objections',
  },
];
