import type { clustersTh } from '../clusters.ts';

/** The English words of `../clusters.ts`, in their own module so the Thai first load does not carry them. */
export const clustersEn: typeof clustersTh = {
  nav: 'Complaint clusters',
  title: 'Unusual rises in complaints',
  lead: "Areas where complaints of one category rose well above the area's own recent months, this month and last, newest month and most unusual first.",
  rule: (r) =>
    `The rule: a district is listed when it received at least ${r.minimumCount} complaints of one category in a month and, had its own mean of the previous ${r.baselineMonths} months held, so many or more would arrive by chance less than once in ${Math.round(1 / r.maxProbability).toLocaleString('en-GB')} (a one-sided Poisson test).`,
  empty: 'No area has a rise of complaints that meets the rule now.',
  sentence: (c) =>
    `${c.current ? 'This month' : `In ${c.period}`} ${c.district}, ${c.province} received ${c.count} complaints about ${c.category}, against a mean of ${c.mean} a month over the previous ${c.months} months.`,
  chance: (oneIn) => (oneIn ? `Chance of this by accident: 1 in ${oneIn}` : 'Chance of this by accident: less than one in a million'),
  ratio: (times) => `${times} times the mean`,
  newProblem: 'No complaints of this category in the months before',
  trendCaption: (place) => `Complaints per month, ${place}`,
  month: 'Month',
  received: 'Complaints',
  evidence: (shown, total) => `The complaints as evidence (${shown} of ${total} shown)`,
  publicId: 'Complaint id',
  complaintTitle: 'Complaint',
  receivedAt: 'Received',
  raise: 'Raise to a directive',
  riseMonth: 'the month of the rise',
  eventRaised: (count, period) => `Raised from a cluster of ${count} complaints in ${period}`,
  raised: (ref) => `Raised to directive ${ref}`,
  raisedFlash: (ref) => `Directive ${ref} was opened from the complaint cluster. Assign units from this page.`,
  trend: {
    title: 'Complaints in the area before and after the directive',
    lead: (place, months) =>
      `Complaints received ${place} each month, ${months} months before the month the directive was issued and up to ${months} after.`,
    allCategories: 'all categories',
    issued: 'Month the directive was issued',
    chartLabel: (place, issued) =>
      `Bar chart of complaints per month ${place}; the directive was issued in ${issued}. The figures are in the table below.`,
    before: (mean) => `Before the directive: a mean of ${mean} a month`,
    after: (mean) => (mean === null ? 'No month after the directive yet' : `After the directive: a mean of ${mean} a month`),
    evidence: (n) => `The complaints this directive was raised from (${n})`,
  },
};
