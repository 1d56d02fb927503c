import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { apiFieldErrors, cleanPath, firstSegment } from './formErrors.ts';

const refused = (fields: { path: string; th: string; en: string }[]) =>
  new ApiError(400, 'validation_failed', 'Check the fields', 'โปรดตรวจสอบข้อมูล', fields);

describe('cleanPath', () => {
  it('drops where in the request the field was, keeping its path', () => {
    expect(cleanPath('body/title')).toBe('title');
    expect(cleanPath('/targets/unitIds')).toBe('targets/unitIds');
    expect(cleanPath('querystring/q')).toBe('q');
    expect(cleanPath('params/id')).toBe('id');
    expect(cleanPath('body')).toBe('');
    expect(cleanPath('bodyText')).toBe('bodyText');
  });
});

describe('firstSegment', () => {
  it('takes the first segment as the field id, or none for the whole body', () => {
    expect(firstSegment('targets/unitIds/0')).toBe('targets');
    expect(firstSegment('title')).toBe('title');
    expect(firstSegment('')).toBeUndefined();
  });
});

describe('apiFieldErrors: the API’s field problems beside the form’s fields', () => {
  const fields = [
    { path: 'body/title', th: 'body/title: ต้องไม่ว่าง', en: 'body/title: must not be empty' },
    { path: 'body/dueAt', th: 'วันที่ต้องไม่อยู่ในอดีต', en: 'The due date must not be in the past' },
  ];

  it('maps each problem to its field, in the reader’s language, without the API’s path prefix', () => {
    expect(apiFieldErrors(refused(fields), 'th', firstSegment)).toEqual([
      { field: 'title', text: 'ต้องไม่ว่าง' },
      { field: 'dueAt', text: 'วันที่ต้องไม่อยู่ในอดีต' },
    ]);
    expect(apiFieldErrors(refused(fields), 'en', firstSegment)).toEqual([
      { field: 'title', text: 'must not be empty' },
      { field: 'dueAt', text: 'The due date must not be in the past' },
    ]);
  });

  it('uses the form’s own mapping from API paths to control ids', () => {
    const fieldFor = (path: string) => (path === 'dueAt' ? 'due' : undefined);
    expect(apiFieldErrors(refused(fields), 'en', fieldFor)).toEqual([{ field: 'due', text: 'The due date must not be in the past' }]);
  });

  it('shows one problem per field, the first the API gave', () => {
    const many = [
      { path: '/targets/unitIds/0', th: 'หน่วยงานแรกไม่มีอยู่', en: 'The first unit does not exist' },
      { path: '/targets/unitIds/1', th: 'หน่วยงานที่สองไม่มีอยู่', en: 'The second unit does not exist' },
    ];
    expect(apiFieldErrors(refused(many), 'th', firstSegment)).toEqual([{ field: 'targets', text: 'หน่วยงานแรกไม่มีอยู่' }]);
  });

  it('has no field errors for a refusal of the whole request', () => {
    expect(apiFieldErrors(refused([]), 'th', firstSegment)).toEqual([]);
    expect(apiFieldErrors(refused([{ path: 'body', th: 'ข้อมูลไม่ถูกต้อง', en: 'Invalid' }]), 'en', firstSegment)).toEqual([]);
  });
});
