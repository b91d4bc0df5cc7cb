import { describe, expect, it } from 'vitest';
import type { SpellingContext, WordVerdict } from '../spell/types';
import { runChecks } from './index';
import type { QaSegment, QaTerm } from './types';

// A fake dictionary: everything is spelt right except the words listed here.
const WRONG: Record<string, string[]> = {
  금새: ['금세', '금새우'],
  몇일: ['며칠'],
  권정근은: [],
  하노이에서: [],
  헌트는: [],
  오경섭: [],
  돈의동: [],
};
// Without the precision gate (lib/spell/gate.ts): these tests are about the filters before it, on
// words with no suggestions; the gate has its own tests below.
const spelling = (known: string[] = [], pending: string[] = []): SpellingContext => ({
  known: new Set(known),
  precisionGate: false,
  verdict: (w): WordVerdict | undefined =>
    pending.includes(w) ? undefined : w in WRONG ? { ok: false, suggestions: WRONG[w]! } : { ok: true, suggestions: [] },
});
const seg = (targetText: string, sourceText = ''): QaSegment => ({ id: 's1', sourceText, targetText, state: 'TRANSLATED' });
const spellingIssues = (s: QaSegment, ctx: Parameters<typeof runChecks>[1]) => runChecks(s, ctx).filter((i) => i.check === 'spelling');

describe('spelling check', () => {
  it('flags a misspelt word with its span, key and up to three suggestions, in both languages', () => {
    const [issue] = spellingIssues(seg('그는 금새 돌아왔다. 몇일 뒤에.'), { spelling: spelling() });
    expect(issue).toMatchObject({
      severity: 'warning',
      key: 'spelling:word:금새',
      targetSpan: { start: 3, end: 5 },
      word: '금새',
      suggestions: ['금세', '금새우'],
    });
    expect(issue!.message).toContain('금세');
    const ko = spellingIssues(seg('그는 금새 돌아왔다.'), { spelling: spelling(), options: { locale: 'ko' } });
    expect(ko[0]!.message).toMatch(/^맞춤법을 확인하세요/);
    expect(spellingIssues(seg('금새 몇일'), { spelling: spelling() }).map((i) => i.word)).toEqual(['금새', '몇일']);
  });
  it('reports nothing without a speller, for words not judged yet, or when switched off', () => {
    expect(spellingIssues(seg('금새'), {})).toEqual([]);
    expect(spellingIssues(seg('금새'), { spelling: spelling([], ['금새']) })).toEqual([]);
    expect(spellingIssues(seg('금새'), { spelling: spelling(), options: { disabledChecks: ['spelling'] } })).toEqual([]);
  });
  it('lets glossary names, the word list, glossed words, names before titles and the source’s names pass', () => {
    const terms: QaTerm[] = [
      { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
      { source: 'Hanoi', target: '하노이', kind: 'NAME' },
    ];
    expect(spellingIssues(seg('권정근은 하노이에서 말했다.'), { terms, spelling: spelling() })).toEqual([]);
    expect(spellingIssues(seg('권정근은 하노이에서 말했다.'), { spelling: spelling() })).toHaveLength(2);
    expect(spellingIssues(seg('돈의동 주민은'), { spelling: spelling(['돈의동']) })).toEqual([]);
    expect(spellingIssues(seg('돈의동(Donuimdong) 주민은'), { spelling: spelling() })).toEqual([]);
    expect(spellingIssues(seg('오경섭 연구위원은'), { spelling: spelling() })).toEqual([]);
    expect(spellingIssues(seg('오경섭은 말했다', 'Oh Gyeong-seob(오경섭) said'), { spelling: spelling() })).toEqual([]);
    expect(spellingIssues(seg('헌트는 말했다', 'Hunt said'), { spelling: spelling() })).toEqual([]);
    expect(spellingIssues(seg('헌트는 말했다', 'He said'), { spelling: spelling() })).toHaveLength(1);
  });
  it('lets a Korean noun and a loanword of the source pass, three syllables or more after the noun', () => {
    const ctx = (heads?: number[]): SpellingContext => ({
      known: new Set(),
      precisionGate: false,
      verdict: (w) =>
        w === '세계스카우트잼버리' || w === '주구장창'
          ? { ok: false, suggestions: [], ...(heads ? { heads } : {}) }
          : { ok: true, suggestions: [] },
    });
    const src = 'the World Scout Jamboree, said Lee Chang-yong';
    expect(spellingIssues(seg('세계스카우트잼버리 폐막', src), { spelling: ctx([2]) })).toEqual([]);
    expect(spellingIssues(seg('세계스카우트잼버리 폐막', src), { spelling: ctx() })).toHaveLength(1);
    expect(spellingIssues(seg('세계스카우트잼버리 폐막', 'the closing'), { spelling: ctx([2]) })).toHaveLength(1);
    expect(spellingIssues(seg('주구장창', src), { spelling: ctx([2]) })).toHaveLength(1);
  });
  it('never excuses as a name of the source a word one style-guide confusion from a dictionary word (rival)', () => {
    const ctx = (rival: boolean): SpellingContext => ({
      known: new Set(),
      verdict: (w) =>
        w === '헌트는' ? { ok: false, suggestions: ['헌터는'], ...(rival ? { rival: true as const } : {}) } : { ok: true, suggestions: [] },
    });
    expect(spellingIssues(seg('헌트는 말했다', 'Hunt said'), { spelling: ctx(false) })).toEqual([]);
    expect(spellingIssues(seg('헌트는 말했다', 'Hunt said'), { spelling: ctx(true) })).toHaveLength(1);
  });
  it('flags a refused word only with evidence it is misspelt (the precision gate)', () => {
    const ctx = (v: WordVerdict, gate = true): SpellingContext => ({
      known: new Set(),
      ...(gate ? {} : { precisionGate: false as const }),
      verdict: (w) => (w === '몽펠리에의' || w === '희얀한' ? v : { ok: true, suggestions: [] }),
    });
    // No suggestion, a far one, or only the word written apart: a correct word the dictionary lacks.
    expect(spellingIssues(seg('몽펠리에의 극장'), { spelling: ctx({ ok: false, suggestions: [] }) })).toEqual([]);
    expect(spellingIssues(seg('몽펠리에의 극장'), { spelling: ctx({ ok: false, suggestions: ['몽땅의'] }) })).toEqual([]);
    expect(spellingIssues(seg('몽펠리에의 극장'), { spelling: ctx({ ok: false, suggestions: ['몽펠리 에의'] }) })).toEqual([]);
    // The same word flagged when the gate is off, or when it is a known misspelling.
    expect(spellingIssues(seg('몽펠리에의 극장'), { spelling: ctx({ ok: false, suggestions: [] }, false) })).toHaveLength(1);
    expect(spellingIssues(seg('몽펠리에의 극장'), { spelling: ctx({ ok: false, suggestions: [], rival: true }) })).toHaveLength(1);
    // A correct form a few letters away: flagged, with it as the suggestion.
    const [issue] = spellingIssues(seg('희얀한 일'), { spelling: ctx({ ok: false, suggestions: ['희한한'] }) });
    expect(issue).toMatchObject({ word: '희얀한', suggestions: ['희한한'] });
  });
});

describe('spelling check: the source-anchored pass', () => {
  // The precision gate on, as in use: each word below has a correct form a few letters away.
  const ctx = (verdicts: Record<string, WordVerdict>, anchorLevel?: 0): SpellingContext => ({
    known: new Set(),
    ...(anchorLevel === 0 ? { anchorLevel } : {}),
    verdict: (w) => verdicts[w] ?? { ok: true, suggestions: [] },
  });
  const words = (target: string, source: string, verdicts: Record<string, WordVerdict>, anchorLevel?: 0) =>
    spellingIssues(seg(target, source), { spelling: ctx(verdicts, anchorLevel) }).map((i) => i.word);

  it('lets pass a word that transliterates a word of the segment’s English, heard loosely', () => {
    const v = {
      루이스: { ok: false, suggestions: ['레이스'] },
      디즈니: { ok: false, suggestions: ['치즈니'] },
      람: { ok: false, suggestions: ['램'] },
    };
    expect(words('루이스 오초아 심사위원장은 말했다', 'Ruiz Ochoa told reporters', v)).toEqual([]);
    expect(words('넷플릭스, 디즈니 등', 'including Netflix, Disney and Toho', v)).toEqual([]);
    expect(words('타인 람 감독의', 'by director Nguyen Thanh Lam', v)).toEqual([]);
    // Not without its counterpart in the segment, and not with the pass off.
    expect(words('루이스 오초아 심사위원장은 말했다', 'The jury head told reporters', v)).toEqual(['루이스']);
    expect(words('루이스 오초아 심사위원장은 말했다', 'Ruiz Ochoa told reporters', v, 0)).toEqual(['루이스']);
  });

  it('still flags a known misspelling or a misspelt standard transliteration beside its English word', () => {
    const v: Record<string, WordVerdict> = {
      메세지를: { ok: false, suggestions: ['메시지를'], rival: true },
      악세사리: { ok: false, suggestions: ['액세서리'], loanRival: true },
      리더쉽이: { ok: false, suggestions: ['리더십이'] },
      심포지움에서: { ok: false, suggestions: ['심포지엄에서'] },
      케잌을: { ok: false, suggestions: ['케이크를'] },
    };
    expect(words('메세지를 보냈다', 'sent a message', v)).toEqual(['메세지를']);
    expect(words('악세사리 매장', 'an accessory shop', v)).toEqual(['악세사리']);
    expect(words('리더쉽이 필요하다', 'leadership is needed', v)).toEqual(['리더쉽이']);
    expect(words('심포지움에서 말했다', 'told a symposium', v)).toEqual(['심포지움에서']);
    expect(words('케잌을 샀다', 'bought a cake', v)).toEqual(['케잌을']);
  });

  it('lets a name pass though a dictionary word sounds like it too (헌트 ← Hunt, not 힌트)', () => {
    expect(words('헌트 장관은 말했다', 'said Jeremy Hunt', { 헌트: { ok: false, suggestions: ['힌트'] } })).toEqual([]);
  });
});
