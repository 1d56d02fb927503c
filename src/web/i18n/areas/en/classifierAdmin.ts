import type { classifierAdminTh } from '../classifierAdmin.ts';

/** English words of the suggester's page (`/admin/classifier`) and the category correction on a complaint. */
export const classifierAdminEn: typeof classifierAdminTh = {
  title: 'Category suggester',
  breadcrumbAdmin: 'Administration',
  lead: 'Tidtam suggests a complaint’s category from its text and learns from the categories staff choose or correct. A new model replaces the current one only if it suggests better on the latest days.',
  currentTitle: 'Model in use',
  shippedOnly: 'Not trained here yet: the suggester uses the model made from the sample complaints that come with Tidtam.',
  trainedAt: 'Trained',
  examples: 'Examples trained on',
  examplesText: (total, shipped, staff, closed) =>
    `${total.toLocaleString('en-GB')} (shipped ${shipped ?? '—'}, labelled by staff ${staff ?? '—'}, closed complaints ${closed ?? '—'})`,
  heldOut: 'Complaints of the latest days it was tested on',
  top1: 'First suggestion right',
  top3: 'Right category among the first three',
  perCategoryTitle: 'Accuracy by category',
  category: 'Category',
  tested: 'Complaints tested',
  noPerCategory: 'No results by category',
  waitingTitle: 'Corrections waiting for the next training',
  waiting: (n) =>
    n === 0
      ? 'No new corrections since the model was last trained.'
      : `Staff have chosen or corrected the category of ${n.toLocaleString('en-GB')} complaints since the model was last trained.`,
  scheduleNote: (at) =>
    at
      ? `Tidtam retrains every night at ${at} (Bangkok time) when there are new corrections.`
      : 'The nightly retrain is off: the model is trained only with the button below.',
  lastAttemptTitle: 'Last training',
  noAttempt: 'Never trained',
  outcome: {
    installed: 'The new model suggested better, so it replaced the current one.',
    kept: 'The current model suggested as well or better, so it was kept.',
    nothing_new: 'No new examples since the last training, so the current model was kept.',
  },
  scores: (newTop1, currentTop1) => `New model first suggestion right ${newTop1}, current model ${currentTop1}`,
  trainTitle: 'Train now',
  trainHint: 'It takes a few seconds to a minute, during which this server answers more slowly: train outside busy hours.',
  train: 'Train a new model',
  training: 'Training…',
  trained: (outcome) => `Training finished: ${outcome}`,
  recategorise: {
    title: 'Change category',
    hint: 'If the category is wrong, choose the right one: the suggester learns from the correction. The handling unit stays the same; to send the complaint elsewhere, re-route it.',
    category: 'Right category',
    choose: 'Choose a category',
    reason: 'Reason (optional)',
    submit: 'Change category',
    chooseError: 'Choose the right category',
    sameError: 'The complaint is already in this category. Choose another one.',
    done: (name) => `Category changed to “${name}”`,
  },
};
