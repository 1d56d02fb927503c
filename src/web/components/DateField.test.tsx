import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { partsFromInstant, readDate, type DateParts } from '../forms/dates.ts';
import { I18nProvider, loadDictionary } from '../i18n/I18nContext.tsx';
import { DateField } from './DateField.tsx';

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

/** A form with one date field, showing what it would send, as the new-case form does. */
function DateForm({ initial, error }: { initial: DateParts; error?: string }) {
  const [value, setValue] = useState(initial);
  const reading = readDate(value);
  return (
    <I18nProvider>
      <DateField id="due" legend="Due" value={value} onChange={setValue} error={error} />
      <output>{reading.ok ? (reading.iso ?? 'none') : reading.problem}</output>
    </I18nProvider>
  );
}

function show(initial: DateParts, error?: string) {
  act(() => render(<DateForm initial={initial} {...(error ? { error } : {})} />, root));
  const field = (id: string) => root.querySelector<HTMLInputElement & HTMLSelectElement>(`#${id}`)!;
  return { day: field('due'), month: field('due-month'), year: field('due-year'), output: () => root.querySelector('output')!.textContent };
}

function type(control: HTMLInputElement | HTMLSelectElement, text: string, event: 'input' | 'change' = 'input') {
  act(() => {
    control.value = text;
    control.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

describe('DateField', () => {
  it('takes a Buddhist-era date as day, month by name and year, and reads it as the Gregorian day', () => {
    const field = show({ day: '', month: '', year: '' });
    expect(field.output()).toBe('none');
    type(field.day, '31');
    expect(field.output()).toBe('incomplete');
    type(field.month, '12', 'change');
    type(field.year, '2569');
    expect(field.output()).toBe('2026-12-31');
    type(field.year, '2026');
    expect(field.output()).toBe('notBuddhist');
  });

  it('shows a date from the API in the Buddhist era, with Thai month names by default', () => {
    const field = show(partsFromInstant('2026-11-30T18:00:00.000Z'));
    expect(field.day.value).toBe('1');
    expect(field.month.value).toBe('12');
    expect(field.year.value).toBe('2569');
    const months = [...field.month.options].map((option) => option.textContent);
    expect(months).toHaveLength(13);
    expect(months[0]).toBe('เลือกเดือน');
    expect(months[1]).toBe('มกราคม');
    expect(months[12]).toBe('ธันวาคม');
    expect(root.querySelector('label[for="due-year"]')!.textContent).toBe('ปี (พ.ศ.)');
  });

  it('names the months in English for a reader who chose English', async () => {
    localStorage.setItem('tidtam.locale', 'en');
    await loadDictionary('en');
    const field = show({ day: '', month: '', year: '' });
    expect(field.month.options[1]!.textContent).toBe('January');
    expect(root.querySelector('label[for="due-year"]')!.textContent).toBe('Year (BE)');
  });

  it('shows its error beside the inputs and names it with the hint for screen readers', () => {
    show({ day: '31', month: '2', year: '2569' }, 'วันที่นี้ไม่มีอยู่จริง');
    const fieldset = root.querySelector('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')).toBe('due-hint due-error');
    expect(root.querySelector('#due-error')!.textContent).toContain('วันที่นี้ไม่มีอยู่จริง');
    expect(root.querySelector('.form-group--error')).not.toBeNull();
    expect(root.querySelector('output')!.textContent).toBe('invalid');
  });
});
