import type { TraffyImportResult } from '../commands/complaints/importTraffy.ts';
import { traffyStageNames } from '../domain/complaints/traffy/traffyState.ts';

/**
 * The import's count per Traffy state, in Thai and English, so whoever ran it can check the file's
 * states against what Tidtam made of them (98 เสร็จสิ้น became 98 resolved complaints, and so on).
 */
export function describeTraffyStates(result: Pick<TraffyImportResult, 'states' | 'advanced'>): string {
  const lines = ['สถานะใน Traffy Fondue → สถานะใน Tidtam / Traffy Fondue state → Tidtam state:'];
  for (const count of result.states) {
    const name = traffyStageNames[count.stage];
    lines.push(
      `  ${count.state || '(ไม่ระบุ / none)'} → ${name.th} / ${name.en}: ${count.rows} แถว / rows; ` +
        `นำเข้าใหม่ / new ${count.created}, มีอยู่แล้ว / already there ${count.alreadyImported}, ` +
        `ปรับสถานะ / moved on ${count.advanced}`,
    );
  }
  lines.push(`ปรับสถานะตาม Traffy Fondue ทั้งหมด ${result.advanced} เรื่อง / ${result.advanced} complaints moved on to their Traffy state`);
  return `${lines.join('\n')}\n`;
}
