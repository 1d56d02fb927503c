import type { Static } from 'typebox';
import { Type } from 'typebox';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { caseKinds, deliveryKinds, governmentKinds, isDeliveryKind, type CaseKind } from '../caseKinds.ts';
import { CreateCaseBody, CaseSummary } from './cases.ts';
import { literals, oneOf } from './common.ts';

describe('the shared API schema helpers', () => {
  it('describe a word list as the same enumeration TypeBox writes, typed as the list rather than never', () => {
    const schema = literals(['a', 'b'] as const, { description: 'x' });
    expect(JSON.stringify(schema)).toBe(JSON.stringify(Type.Union([Type.Literal('a'), Type.Literal('b')], { description: 'x' })));
    expectTypeOf<Static<typeof schema>>().toEqualTypeOf<'a' | 'b'>();
    expectTypeOf<CreateCaseBody['kind']>().toEqualTypeOf<CaseKind>();
  });

  it('keep a view field a plain string in the API description while its type is the list', () => {
    expect(JSON.stringify(oneOf(caseKinds, { description: 'kind' }))).toBe(JSON.stringify(Type.String({ description: 'kind' })));
    expect(JSON.stringify(CaseSummary.properties.kind)).toBe('{"type":"string"}');
    expectTypeOf<CaseSummary['kind']>().toEqualTypeOf<CaseKind>();
  });
});

describe('the case kinds', () => {
  it('are one list: delivery kinds inside government kinds inside all kinds, in the order the API has always listed them', () => {
    expect(caseKinds).toEqual([
      'directive',
      'policy',
      'cabinet_resolution',
      'parliamentary_question',
      'draft_bill',
      'complaint',
      'info_request',
    ]);
    expect(governmentKinds).toEqual(caseKinds.filter((kind) => kind !== 'complaint' && kind !== 'info_request'));
    expect(deliveryKinds.every((kind) => isDeliveryKind(kind))).toBe(true);
    expect(isDeliveryKind('parliamentary_question')).toBe(false);
  });
});
