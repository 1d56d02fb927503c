import type { InfoRequestPublication as PublicationRead } from '../../commands/infoRequests/publishInfoRequest.ts';
import type { RedactionRuleView } from '../../commands/infoRequests/redactionRules.ts';
import type { InfoRequestPublication, RedactionRule } from '../../shared/api/infoRequestOpen.ts';

/** The publication preview: already redacted by the command; dates as ISO text. */
export function presentInfoRequestPublication(read: PublicationRead): InfoRequestPublication {
  return {
    ...read,
    publishedAt: read.publishedAt?.toISOString() ?? null,
    answers: read.answers.map((answer) => ({ ...answer, createdAt: answer.createdAt.toISOString() })),
    documents: read.documents.map((doc) => ({ ...doc, reviewedAt: doc.reviewedAt?.toISOString() ?? null })),
  };
}

export function presentRedactionRule(rule: RedactionRuleView): RedactionRule {
  return { ...rule, createdAt: rule.createdAt.toISOString() };
}
