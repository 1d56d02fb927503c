import { SummaryList } from '../../../components/SummaryList.tsx';
import type { WorkingDayFigures } from '../../../api/workingCalendar.ts';
import { useWorkingCalendarWords } from './useWorkingCalendarWords.ts';

/** The figures of a service level, one working-day number a row, in the order a request meets them. */
export const figureFields = [
  { key: 'acknowledgeWorkingDays', label: 'acknowledge', hint: 'acknowledgeHint', min: 1, max: 250, unit: 'days' },
  { key: 'resolveWorkingDays', label: 'resolve', hint: 'resolveHint', min: 1, max: 250, unit: 'days' },
  { key: 'longOverdueWorkingDays', label: 'longOverdue', hint: 'longOverdueHint', min: 2, max: 500, unit: 'days' },
  { key: 'escalateEveryWorkingDays', label: 'escalateEvery', hint: 'escalateEveryHint', min: 1, max: 250, unit: 'days' },
  { key: 'maxEscalationLevels', label: 'maxLevels', hint: 'maxLevelsHint', min: 0, max: 10, unit: 'levels' },
] as const;

/** A service level's figures as a summary list: "ตอบภายใน — 15 วันทำการ". */
export function FiguresList({ figures }: { figures: WorkingDayFigures }) {
  const words = useWorkingCalendarWords().levels;
  return (
    <SummaryList
      rows={figureFields.map((field) => ({
        key: words[field.label],
        value: field.unit === 'days' ? words.workingDays(figures[field.key]) : words.levelsValue(figures[field.key]),
      }))}
    />
  );
}
