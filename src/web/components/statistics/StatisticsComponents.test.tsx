import { render } from 'preact';
import { act } from 'preact/test-utils';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ComplaintFigures, ComplaintStatistics } from '../../../shared/api/statistics.ts';
import { I18nProvider } from '../../i18n/I18nContext.tsx';
import { ChoroplethMap } from './ChoroplethMap.tsx';
import { HeadlineFigures } from './HeadlineFigures.tsx';

let root: HTMLElement;
beforeEach(() => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const figures = (over: Partial<ComplaintFigures>): ComplaintFigures => ({
  received: 0,
  resolved: 0,
  resolutionRate: null,
  inProgress: 0,
  overdue: 0,
  reopened: 0,
  medianDays: null,
  p90Days: null,
  rated: 0,
  averageRating: null,
  satisfiedRate: null,
  acknowledgedOnTimeRate: null,
  ...over,
});

const square = (x: number) => `M${x} 0L${x + 90} 0L${x + 90} 10L${x} 10Z`;

describe('the choropleth', () => {
  it('gives every area in scope a link with its name and value, numbers the classes in the legend, and patterns all but the lightest', () => {
    const areas = [1, 2, 3, 4, 5, 6].map((n) => ({
      code: `0${n}`,
      name: `จังหวัด ${n}`,
      path: square(n * 100),
      value: n * 100,
      display: `${n * 100} เรื่อง`,
      href: `/statistics/p:0${n}`,
    }));
    act(() =>
      render(
        <I18nProvider>
          <LocationProvider>
            <ChoroplethMap
              id="m"
              width={700}
              height={10}
              label="แผนที่"
              measureLabel="รับเรื่อง"
              unitWord={(n) => `${n} เรื่อง`}
              areas={[...areas, { code: '99', name: 'นอกเขต', path: square(0) }]}
            />
          </LocationProvider>
        </I18nProvider>,
        root,
      ),
    );
    const links = [...root.querySelectorAll('a.choropleth__link')];
    expect(links).toHaveLength(6);
    expect(links[0]!.getAttribute('aria-label')).toBe('จังหวัด 1: รับเรื่อง 100 เรื่อง');
    expect(root.querySelector('[data-area="99"]')).toBeNull();
    const legend = [...root.querySelectorAll('.choropleth__legend-list li')].map((li) => li.textContent);
    expect(legend[0]).toContain('ระดับ 1');
    expect(legend[0]).toContain('100 เรื่อง');
    expect(legend.at(-1)).toContain('นอกขอบเขตที่เลือก');
    // Five classes: the lightest plain, the other four each with its own pattern.
    expect(root.querySelectorAll('defs pattern')).toHaveLength(4);
    // The five largest are labelled on the map.
    expect([...root.querySelectorAll('.choropleth__labels text')].map((text) => text.textContent)).toHaveLength(5);
  });
});

describe('the headline figures', () => {
  it('says the resolution rate as the 1111 centre does, and each change in words beside its arrow', () => {
    const stats = {
      totals: figures({
        received: 1200,
        resolved: 1164,
        resolutionRate: 0.97,
        medianDays: 4,
        rated: 10,
        averageRating: 4.5,
        satisfiedRate: 0.9,
      }),
      previousYear: figures({ received: 1000, resolved: 900, resolutionRate: 0.9, medianDays: 6 }),
    } as ComplaintStatistics;
    act(() =>
      render(
        <I18nProvider>
          <HeadlineFigures stats={stats} />
        </I18nProvider>,
        root,
      ),
    );
    const item = (key: string) => root.querySelector(`[data-measure="${key}"]`)!.textContent;
    expect(item('received')).toContain('1,200');
    expect(item('received')).toContain('เพิ่มขึ้น ร้อยละ 20.0 จากช่วงเดียวกันของปีก่อน');
    expect(item('resolutionRate')).toContain('ร้อยละ 97.0');
    expect(item('resolutionRate')).toContain('เพิ่มขึ้น 7.0 จุด');
    expect(item('resolutionRate')).toContain('(ดีขึ้น)');
    expect(item('medianDays')).toContain('ลดลง 2 วัน');
    expect(item('satisfiedRate')).toContain('ไม่มีข้อมูลปีก่อนให้เทียบ');
    expect(item('satisfiedRate')).toContain('จากผู้ให้คะแนน 10 คน เฉลี่ย 4.5 จาก 5');
  });
});
