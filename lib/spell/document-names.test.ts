import { describe, expect, it } from 'vitest';
import { documentNames } from './document-names';

describe('documentNames', () => {
  const segments = [
    { sourceText: 'Ministers met in Johannesburg on Wednesday.', targetText: '장관들이 요하네스버그에서 만났다.' },
    { sourceText: 'Protesters marched outside, in Sandton.', targetText: '요하네스버그의 샌턴에서 시위대가 행진했다.' },
  ];
  const refused = (w: string) => ['요하네스버그에서', '요하네스버그의', '샌턴에서', '금새'].includes(w);
  it('collects the names the Korean transliterates, without their particles', () => {
    expect([...documentNames(segments, refused)].sort()).toEqual(['샌턴', '요하네스버그']);
  });
  it('looks only at refused words, and finds no name where the English has none', () => {
    expect(documentNames(segments, () => false).size).toBe(0);
    expect(documentNames([{ sourceText: 'He came back.', targetText: '그는 금새 왔다.' }], refused).size).toBe(0);
  });
  it('takes no misspelt loanword for a name: its suggestion writes the same English word (round 10)', () => {
    const doc = [{ sourceText: 'a test of leadership for Jeremy Hunt', targetText: '헌트의 리더쉽 시험' }];
    const suggestions = (w: string) => (w === '리더쉽' ? ['리더십'] : w === '헌트의' ? ['힌트의'] : []);
    const any = (w: string) => w === '리더쉽' || w === '헌트의';
    expect([...documentNames(doc, any)].sort()).toEqual(['리더쉽', '헌트']);
    expect([...documentNames(doc, any, suggestions)]).toEqual(['헌트']);
  });
});

describe('glossedAbbreviations (round 6)', () => {
  it('takes a short form in brackets made of the full name’s syllables in order', async () => {
    const { glossedAbbreviations } = await import('./document-names');
    expect(glossedAbbreviations('한국전력공사(한전)는 밝혔다. 전국교직원노동조합(전교조)과 함께')).toEqual(['한전', '전교조']);
  });
  it('not a gloss that is no abbreviation of the word before it, nor one almost as long', async () => {
    const { glossedAbbreviations } = await import('./document-names');
    expect(glossedAbbreviations('전력거래소(발전소) 국방부(국방) 공정위(공정)')).toEqual([]);
  });
  it('is known across the document', () => {
    const segs = [
      { sourceText: 'The Korea Electric Power Corp. (KEPCO) said', targetText: '한국전력공사(한전)는 밝혔다.' },
      { sourceText: 'KEPCO shares fell.', targetText: '한전의 주가가 내렸다.' },
    ];
    expect(documentNames(segs, () => false).has('한전')).toBe(true);
  });
});
