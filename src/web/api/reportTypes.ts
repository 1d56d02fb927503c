import type { LocalizedText } from './types.ts';

/** The shapes of the delivery-reporting API (see the server's reportSchema.ts). */
export type Rag = 'green' | 'amber' | 'red';
export type Confidence = 'green' | 'amber_green' | 'amber' | 'amber_red' | 'red';

export interface DeliverySummary {
  assigned: number;
  acknowledged: number;
  reachPercent: number | null;
  rag: Rag | null;
  confidence: Confidence | null;
  stale: number;
  helpNeeded: number;
  reported: number;
}

export interface UnitName {
  code: string;
  name: LocalizedText;
}

export interface ProgressReport {
  id: string;
  assignmentId: string;
  unit: UnitName;
  period: string;
  aim: string;
  approach: string;
  workingEvidence: string;
  changes: string;
  centreHelp: string;
  rag: Rag;
  confidence: Confidence;
  blockers: string;
  helpNeeded: boolean;
  createdAt: string;
}

export interface Indicator {
  id: string;
  name: LocalizedText;
  unitOfMeasure: string;
  direction: 'up' | 'down';
  kind: 'goal' | 'progress' | 'unintended_effect';
  baseline: number;
  target: number;
  targetDate: string | null;
  aggregation: 'sum' | 'mean' | 'max' | 'latest';
  trajectory: { period: string; value: number }[];
}

export interface IndicatorPicture {
  indicator: Indicator;
  series: { period: string; planned: number | null; actual: number | null; rag: Rag | null }[];
  latestPeriod: string | null;
  byUnit: { unit: UnitName; depth: number; value: number | null }[];
  byZone: { id: string; name: LocalizedText; value: number }[];
}

export interface DeliveryPicture {
  caseId: string;
  cycleMonths: number;
  summary: DeliverySummary;
  units: {
    assignmentId: string;
    unit: UnitName;
    status: string;
    acknowledgedAt: string | null;
    stale: boolean;
    lastReport: { period: string; rag: Rag; confidence: Confidence; helpNeeded: boolean; at: string } | null;
  }[];
  reports: ProgressReport[];
  indicators: IndicatorPicture[];
  decisions: { id: string; text: string; createdAt: string; followUp: { id: string; ref: string } | null }[];
  ratingHistory: { period: string; rag: Rag | null; confidence: Confidence | null; reports: number }[];
}

export interface OverviewItem {
  case: { id: string; ref: string; kind: string; title: string; status: string; priority: string; dueAt: string | null };
  summary: DeliverySummary;
}

export interface ProgressReportInput {
  aim: string;
  approach: string;
  workingEvidence: string;
  changes: string;
  centreHelp: string;
  rag: Rag;
  confidence: Confidence;
  blockers: string;
  helpNeeded: boolean;
  attachmentIds: string[];
}
