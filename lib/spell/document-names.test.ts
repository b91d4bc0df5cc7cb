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
});
