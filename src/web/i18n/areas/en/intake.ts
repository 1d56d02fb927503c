import type { intakeTh } from '../intake.ts';

/** The English words of `../intake.ts`, in their own module so the Thai first load does not carry them. */
export const intakeEn: typeof intakeTh = {
  areaCount: (shown, total) =>
    total > shown
      ? `${total} areas found, first ${shown} shown. Press the down arrow to choose`
      : `${total} areas found. Press the down arrow to choose`,
  areaNone: 'No area has this name. Try the name alone, such as Phra Nakhon or Mae Chan',
  previewTitle: 'Before you save: where this complaint will go',
  previewCategories: 'Suggested categories',
  previewCategoriesHint: 'The first is chosen for you. Choose another if it fits better',
  previewConfidence: (percent: number) => (percent < 5 ? 'Unlikely' : `About ${percent}% likely`),
  previewUnit: 'Office that will receive it',
  previewWhy: {
    rule: 'By the routing rule for this category and area',
    district_office: 'The office of the district where it happened',
    provincial_hall: 'The provincial hall, because no district was given',
    intake_centre: 'The 1111 contact centre will pass it to the office responsible, because no area was given',
  },
};
