import { describe, expect, it } from 'vitest';
import { findUnbalanced, quotesBracketsCheck } from './quotes-brackets';
import { keys, runOne } from './testing';

describe('quotes-brackets', () => {
  it('finds unbalanced marks and reads ’ between letters as an apostrophe', () => {
    expect(findUnbalanced('“새로운 길”')).toEqual([]);
    expect(findUnbalanced('Kim’s “plan” (and ‘that’)')).toEqual([]);
    expect(findUnbalanced('“새로운 길').map((u) => u.char)).toEqual(['“']);
    expect(findUnbalanced('a) b').map((u) => u.char)).toEqual([')']);
    expect(findUnbalanced('「가」 『나』 [다] "라"')).toEqual([]);
    expect(findUnbalanced('"라').map((u) => u.char)).toEqual(['"']);
  });

  it('flags the target only when the source is balanced', () => {
    expect(keys(runOne(quotesBracketsCheck, 'a “new path.”', '“새로운 길.'))).toEqual(['quotes-brackets:unbalanced:“']);
    expect(keys(runOne(quotesBracketsCheck, 'via WFP (the agency).', '세계식량계획(WFP을 통해.'))).toEqual([
      'quotes-brackets:unbalanced:(',
    ]);
    // A quotation opened here and closed in a later paragraph.
    expect(runOne(quotesBracketsCheck, '“We will go on,', '“우리는 계속할 것이다,')).toEqual([]);
  });

  it('counts straight single quotes as quotation marks, apostrophes between letters aside', () => {
    expect(keys(runOne(quotesBracketsCheck, 'a ‘distance’', "이렇게 '거리를 두면"))).toEqual(["quotes-brackets:unbalanced:'"]);
    expect(findUnbalanced("'거리'를 두고 Kim's plan, don't")).toEqual([]);
    expect(keys(runOne(quotesBracketsCheck, 'as “a cheap trick.”', '"값싼 술책이라고 일축했다.'))).toEqual([
      'quotes-brackets:unbalanced:"',
    ]);
  });
});
