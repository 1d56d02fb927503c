import type { AreaLabel } from '../../../shared/api/adminOrg.ts';

const BANGKOK = '10';

/**
 * An area with its parents in words: "ตำบลแม่จัน อำเภอแม่จัน จังหวัดเชียงราย", and in Bangkok, which
 * is not a จังหวัด, "แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพมหานคร"; in English "Mae Chan Subdistrict,
 * Mae Chan District, Chiang Rai Province" and "…, Phra Nakhon District, Bangkok".
 */
export function areaLabelText(area: AreaLabel, locale: 'th' | 'en'): string {
  const bangkok = area.at(-1)?.code === BANGKOK;
  return area
    .map((part) => {
      const name = locale === 'th' ? part.name.th : part.name.en;
      if (locale === 'th') {
        const prefix = { subdistrict: bangkok ? 'แขวง' : 'ตำบล', district: bangkok ? 'เขต' : 'อำเภอ', province: bangkok ? '' : 'จังหวัด' };
        return `${prefix[part.level]}${name}`;
      }
      const suffix = { subdistrict: ' Subdistrict', district: ' District', province: bangkok ? '' : ' Province' };
      return `${name}${suffix[part.level]}`;
    })
    .join(locale === 'th' ? ' ' : ', ');
}
