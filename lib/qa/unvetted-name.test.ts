import { describe, expect, it } from 'vitest';
import { unvettedNameIssues } from './unvetted-name';

describe('name not vetted', () => {
  const names = [{ source: 'Oh Gyeong-seop', candidates: ['오경섭', '오경섬'] }];
  it('warns once per unvetted name mentioned, in English and Korean, with the candidates', () => {
    const en = unvettedNameIssues('Oh Gyeong-seop said Oh Gyeong-seop was right.', names, 'en');
    expect(en).toHaveLength(1);
    expect(en[0]).toMatchObject({
      check: 'terms',
      severity: 'warning',
      key: 'terms:unvetted:Oh Gyeong-seop',
      sourceSpan: { start: 0, end: 14 },
    });
    expect(en[0]!.message).toContain('Name not vetted');
    expect(en[0]!.message).toContain('오경섭');
    const ko = unvettedNameIssues('Oh Gyeong-seop said.', names, 'ko');
    expect(ko[0]!.message).toMatch(/^이름이 확인되지 않았습니다/);
    expect(ko[0]!.message.replace('Oh Gyeong-seop', '')).not.toMatch(/[A-Za-z]/);
  });
  it('nothing when the name is not mentioned or there is none', () => {
    expect(unvettedNameIssues('Nothing here.', names, 'en')).toEqual([]);
    expect(unvettedNameIssues('Oh Gyeong-seop said.', [], 'en')).toEqual([]);
  });
});
