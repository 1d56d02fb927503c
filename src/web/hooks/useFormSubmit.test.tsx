import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FormError } from '../forms/formErrors.ts';
import { I18nProvider, loadDictionary } from '../i18n/I18nContext.tsx';
import { useFormSubmit, type FormSubmit } from './useFormSubmit.ts';

let root: HTMLElement;
let form: FormSubmit;

/** A form with two fields and the error summary, laid out as the app's forms are. */
function TwoFieldForm({ fieldFor }: { fieldFor?: (path: string) => string | undefined }) {
  form = useFormSubmit(fieldFor);
  return (
    <>
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      {['title', 'due'].map((id) => (
        <div class="form-group" key={id}>
          <input id={id} />
          <p class="error" data-for={id}>
            {form.errorFor(id) ?? ''}
          </p>
        </div>
      ))}
      <button disabled={form.busy}>Send</button>
    </>
  );
}

function show(fieldFor?: (path: string) => string | undefined) {
  act(() =>
    render(
      <I18nProvider>
        <TwoFieldForm {...(fieldFor ? { fieldFor } : {})} />
      </I18nProvider>,
      root,
    ),
  );
}

const summary = () => root.querySelector<HTMLElement>('.error-summary');
const summaryLinks = () => [...root.querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent]);
const besideField = (id: string) => root.querySelector(`[data-for="${id}"]`)!.textContent;

async function submit(validate: () => FormError[], run: () => Promise<void> = async () => {}) {
  await act(async () => {
    await form.submit(validate, run);
  });
}

const refusal = (fields: { path: string; th: string; en: string }[]) =>
  new ApiError(400, 'validation_failed', 'Check what you entered', 'โปรดตรวจสอบข้อมูลที่กรอก', fields);

beforeEach(() => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('useFormSubmit with the error summary', () => {
  it('shows nothing before a submit', () => {
    show();
    expect(summary()).toBeNull();
    expect(form.attempt).toBe(0);
  });

  it('stops at the browser’s own checks: each problem in the summary, linked to its field, and beside the field', async () => {
    show();
    let sent = false;
    await submit(
      () => [
        { field: 'title', text: 'ใส่ชื่อเรื่อง' },
        { field: 'due', text: 'ใส่วัน เดือน และปีให้ครบ' },
      ],
      async () => {
        sent = true;
      },
    );
    expect(sent).toBe(false);
    expect(summaryLinks()).toEqual([
      ['#title', 'ใส่ชื่อเรื่อง'],
      ['#due', 'ใส่วัน เดือน และปีให้ครบ'],
    ]);
    expect(besideField('title')).toBe('ใส่ชื่อเรื่อง');
    expect(besideField('due')).toBe('ใส่วัน เดือน และปีให้ครบ');
    expect(summary()!.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(summary());
  });

  it('moves focus to the field when its problem in the summary is followed', async () => {
    show();
    await submit(() => [{ field: 'due', text: 'ใส่วันที่' }]);
    act(() => {
      root.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    });
    expect(document.activeElement).toBe(root.querySelector('#due'));
  });

  it('clears a problem once it is fixed, and takes focus again on the next failed submit', async () => {
    show();
    await submit(() => [
      { field: 'title', text: 'ใส่ชื่อเรื่อง' },
      { field: 'due', text: 'ใส่วันที่' },
    ]);
    (root.querySelector('#title') as HTMLInputElement).focus();
    await submit(() => [{ field: 'due', text: 'ใส่วันที่' }]);
    expect(summaryLinks()).toEqual([['#due', 'ใส่วันที่']]);
    expect(besideField('title')).toBe('');
    expect(form.errorFor('title')).toBeUndefined();
    expect(form.attempt).toBe(2);
    expect(document.activeElement).toBe(summary());
  });

  it('maps the API’s field problems to the fields, with the API’s message over them', async () => {
    show();
    await submit(
      () => [],
      async () => {
        throw refusal([{ path: 'body/title', th: 'body/title: ยาวเกินไป', en: 'body/title: too long' }]);
      },
    );
    expect(summary()!.querySelector('.error-summary__message')!.textContent).toBe('โปรดตรวจสอบข้อมูลที่กรอก');
    expect(summaryLinks()).toEqual([['#title', 'ยาวเกินไป']]);
    expect(besideField('title')).toBe('ยาวเกินไป');
  });

  it('uses the form’s mapping from API paths to its controls, in the reader’s language', async () => {
    localStorage.setItem('tidtam.locale', 'en');
    await loadDictionary('en');
    show((path) => (path === 'dueAt' ? 'due' : undefined));
    await submit(
      () => [],
      async () => {
        throw refusal([
          { path: 'body/dueAt', th: 'วันที่ผ่านไปแล้ว', en: 'The date has passed' },
          { path: 'body/other', th: 'อื่น ๆ', en: 'Other' },
        ]);
      },
    );
    expect(summaryLinks()).toEqual([['#due', 'The date has passed']]);
    expect(summary()!.querySelector('.error-summary__message')!.textContent).toBe('Check what you entered');
  });

  it('shows a refusal of the whole request as the summary’s message alone', async () => {
    show();
    await submit(
      () => [],
      async () => {
        throw new ApiError(409, 'conflict', 'Someone else changed this case', 'มีผู้อื่นแก้ไขเรื่องนี้แล้ว');
      },
    );
    expect(summaryLinks()).toEqual([]);
    expect(summary()!.textContent).toContain('มีผู้อื่นแก้ไขเรื่องนี้แล้ว');
  });

  it('leaves a lost session to the sign-in page, not the form', async () => {
    show();
    await submit(
      () => [],
      async () => {
        throw new ApiError(401, 'unauthenticated', 'Sign in', 'โปรดเข้าสู่ระบบ');
      },
    );
    expect(summary()).toBeNull();
    expect(form.attempt).toBe(0);
    expect(form.busy).toBe(false);
  });

  it('lets a programming error through instead of showing it as a form problem', async () => {
    show();
    await act(async () => {
      await expect(
        form.submit(
          () => [],
          async () => {
            throw new TypeError('undefined is not a function');
          },
        ),
      ).rejects.toThrow(TypeError);
    });
    expect(summary()).toBeNull();
    expect(form.busy).toBe(false);
  });

  it('sends once while a submit is in flight (a double click files one case)', async () => {
    show();
    let release!: () => void;
    let first!: Promise<void>;
    let runs = 0;
    const run = () => {
      runs += 1;
      return new Promise<void>((resolve) => (release = resolve));
    };
    act(() => {
      first = form.submit(() => [], run);
    });
    expect(form.busy).toBe(true);
    expect(root.querySelector('button')!.disabled).toBe(true);
    await submit(() => [], run);
    expect(runs).toBe(1);
    await act(async () => {
      release();
      await first;
    });
    expect(form.busy).toBe(false);
    expect(root.querySelector('button')!.disabled).toBe(false);
  });
});
