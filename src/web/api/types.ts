/**
 * The API's response shapes as the browser reads them. They mirror the
 * presenters in src/server/presenters and the schemas beside each route; the
 * server validates its answers against those schemas, so these stay honest.
 */
export interface LocalizedText {
  th: string;
  en: string;
}

export type CaseKind = 'directive' | 'policy' | 'cabinet_resolution' | 'parliamentary_question' | 'draft_bill' | 'complaint';
export type CaseStatus = 'open' | 'in_progress' | 'completed' | 'closed';
export type Priority = 'normal' | 'high' | 'urgent';
export type AssignmentStatus = 'sent' | 'acknowledged' | 'in_progress' | 'done' | 'accepted' | 'returned';
export type AssignmentRole = 'lead' | 'support' | 'information';
export type AssignmentAction = 'acknowledge' | 'cascade' | 'progress' | 'complete' | 'return' | 'accept' | 'send_back';
export type CaseAction = 'assign' | 'close';
export type UnitKind =
  'government' | 'ministry' | 'department' | 'division' | 'provincial_hall' | 'district_office' | 'provincial_office' | 'service_point';
export type WaitingFor = 'acknowledgement' | 'action' | 'acceptance' | 'escalation' | 'help';
export type GroupingKind = 'region' | 'inspection_zone' | 'province_group';

export interface Session {
  user: {
    displayName: string;
    username: string;
    role: string;
    unit: { id: string; code: string; name: LocalizedText };
  };
  csrfToken: string;
  permissions: { creatableKinds: CaseKind[]; manageUsers: boolean; nationalReach: boolean };
}

export interface UnitRef {
  id: string;
  code: string;
  kind: UnitKind;
  name: LocalizedText;
  abbr: string | null;
  areaCode: string | null;
}

export interface UnitListItem extends UnitRef {
  parentId: string | null;
  childCount: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CaseSummary {
  id: string;
  ref: string;
  kind: CaseKind;
  title: string;
  status: CaseStatus;
  priority: Priority;
  ownerUnit: { id: string; code: string; name: LocalizedText };
  createdAt: string;
  updatedAt: string;
  dueAt: string | null;
  overdue: boolean;
}

export interface Assignment {
  id: string;
  caseId: string;
  parentId: string | null;
  unit: { id: string; code: string; kind: UnitKind; name: LocalizedText; areaCode: string | null };
  role: AssignmentRole;
  status: AssignmentStatus;
  dueAt: string | null;
  overdue: boolean;
  note: string | null;
  createdAt: string;
  acknowledgedAt: string | null;
  doneAt: string | null;
  closedAt: string | null;
  returnReason: string | null;
  allowedActions: AssignmentAction[];
}

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  eventId: number | null;
  createdAt: string;
}

export interface CaseDetail {
  case: CaseSummary & { body: string; closedAt: string | null; details: Record<string, unknown> };
  assignments: Assignment[];
  attachments: Attachment[];
  allowedActions: CaseAction[];
  kindName: LocalizedText;
}

export interface CaseEvent {
  id: number;
  type: string;
  assignmentId: string | null;
  actor: { name: string | null; unit: LocalizedText | null } | null;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface InboxItem {
  assignment: Assignment;
  case: { id: string; ref: string; kind: CaseKind; title: string; status: CaseStatus; priority: Priority };
  waitingFor: WaitingFor;
  remindedAt?: string | null;
  escalation?: { reason: 'acknowledge' | 'resolve'; level: number; at: string } | null;
}

export interface Area {
  code: string;
  level: string;
  parentCode: string | null;
  name: LocalizedText;
}

export interface Grouping {
  id: string;
  kind: GroupingKind;
  number: number | null;
  name: LocalizedText;
  provinceCodes: string[];
}

/** Which units to send a case to: named units, or every unit of a kind in an area grouping. */
export interface TargetSelection {
  unitIds?: string[];
  kind?: UnitKind;
  groupingId?: string;
}

export interface AssignRequest {
  targets: TargetSelection;
  role?: AssignmentRole;
  dueDate?: string | null;
  note?: string | null;
}

export interface AssignResult {
  created: { assignmentId: string; unitId: string; code: string }[];
  skipped: string[];
}

export interface FieldProblem {
  path: string;
  th: string;
  en: string;
}

export interface ErrorBody {
  error: { code: string; message: string; messageTh: string; fields: FieldProblem[] };
}
