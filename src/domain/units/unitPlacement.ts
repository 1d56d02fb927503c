import type { FieldProblem } from '../errors.ts';
import type { UnitKind } from '../../shared/unitKinds.ts';

/**
 * Which kind of unit may sit directly under which, as the shipped unit tree is built
 * (`reference-data/unit-tree.json`): ministries under the government, departments under a
 * ministry (or straight under the government, as the Office of the Prime Minister's agencies),
 * provincial halls under the Ministry of Interior's line, district offices under their
 * provincial hall, a ministry's provincial offices under its department. Divisions sit inside
 * any office; a service point is where people are served and has nothing under it. The
 * government is the one root. Routing, reach and the league tables read this shape, so a move
 * that breaks it is refused rather than warned.
 */
export const allowedParentKinds: Readonly<Record<UnitKind, readonly UnitKind[]>> = {
  government: [],
  ministry: ['government'],
  department: ['government', 'ministry'],
  division: ['government', 'ministry', 'department', 'division', 'provincial_hall', 'district_office', 'provincial_office'],
  provincial_hall: ['ministry', 'department'],
  district_office: ['provincial_hall'],
  provincial_office: ['ministry', 'department'],
  service_point: ['ministry', 'department', 'division', 'provincial_hall', 'district_office', 'provincial_office'],
};

const kindTh: Record<UnitKind, string> = {
  government: 'รัฐบาล',
  ministry: 'กระทรวง',
  department: 'กรม',
  division: 'กอง/สำนัก',
  provincial_hall: 'ศาลากลางจังหวัด',
  district_office: 'ที่ว่าการอำเภอ/สำนักงานเขต',
  provincial_office: 'สำนักงานจังหวัด',
  service_point: 'จุดให้บริการ',
};
const kindEn: Record<UnitKind, string> = {
  government: 'the government',
  ministry: 'a ministry',
  department: 'a department',
  division: 'a division',
  provincial_hall: 'a provincial hall',
  district_office: 'a district office',
  provincial_office: 'a provincial office',
  service_point: 'a service point',
};

interface Placed {
  id: string;
  kind: UnitKind;
  path: string;
}

/**
 * Why a unit of `kind` cannot go under `parent` (null when it can). `unit` is the unit being
 * moved, absent when a new one is created: a unit cannot go under itself or anything below it,
 * which would cut its branch off the tree.
 */
export function placementProblem(kind: UnitKind, parent: Placed, unit?: Placed, path = '/parentId'): FieldProblem | null {
  if (unit && parent.path.startsWith(unit.path)) {
    return {
      path,
      th: 'ย้ายหน่วยงานไปไว้ใต้ตัวเองหรือหน่วยงานในสังกัดของตัวเองไม่ได้ โปรดเลือกหน่วยงานต้นสังกัดอื่น',
      en: 'A unit cannot be moved under itself or a unit below it. Choose another parent.',
    };
  }
  if (kind === 'government') {
    return {
      path,
      th: 'รัฐบาลเป็นหน่วยงานสูงสุดเพียงหน่วยเดียว ย้ายหรือเพิ่มไม่ได้',
      en: 'The government is the one top unit: it cannot be added or moved.',
    };
  }
  if (!allowedParentKinds[kind].includes(parent.kind)) {
    const allowed = allowedParentKinds[kind];
    return {
      path,
      th: `${kindTh[kind]}อยู่ภายใต้${kindTh[parent.kind]}ไม่ได้ โปรดเลือก${allowed.map((k) => kindTh[k]).join(' หรือ ')}`,
      en: `${capitalise(kindEn[kind])} cannot sit under ${kindEn[parent.kind]}. Choose ${allowed.map((k) => kindEn[k]).join(' or ')}.`,
    };
  }
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
