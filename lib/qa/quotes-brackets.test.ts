import { describe, expect, it } from 'vitest';
import { findUnbalanced, quotesBracketsCheck } from './quotes-brackets';
import { ctxFor, keys, runOne, seg } from './testing';

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
  it('flags balanced straight quotes next to Hangul when the text uses typographic ones', () => {
    const ctx = (doc: string) => ({ ...ctxFor([]), docText: () => doc });
    const s = (target: string) => seg('He said "no."', target);
    // The document quotes with “ ”: a pair typed straight is the odd one out.
    expect(keys(quotesBracketsCheck.run(s('그는 "아니다"라고 말했다.'), ctx('“그렇다”라고 했다. 그는 "아니다"라고 말했다.')))).toEqual([
      'quotes-brackets:straight:"',
    ]);
    expect(keys(runOne(quotesBracketsCheck, "a 'pause'", "‘가’와 '숨 고르기'"))).toEqual(["quotes-brackets:straight:'"]);
    // A document that quotes straight throughout, and straight marks away from Hangul, are fine.
    expect(quotesBracketsCheck.run(s('그는 "아니다"라고 말했다.'), ctx('그는 "아니다"라고 말했다.'))).toEqual([]);
    // Yonhap style: speech in straight ", emphasis in ‘ ’.
    expect(quotesBracketsCheck.run(s('그는 "아니다"라고 말했다.'), ctx('‘가’ 그는 "아니다"라고 말했다.'))).toEqual([]);
    expect(quotesBracketsCheck.run(seg('a 5\'10" player', '키 5\'10" 선수'), ctx('“가”'))).toEqual([]);
  });
});
