import { describe, expect, it } from 'vitest';
import { decodeEntities, englishForAnchors, forLength, koreanForAnchors, stripDateline } from './news-text';

describe('news text before anchoring', () => {
  it('decodes HTML entities, so &#8212; is a dash and not the number 8212', () => {
    expect(decodeEntities('WASHINGTON (AP) &#8212; &quot;stand with our allies&quot; S&amp;P 500 &#x2019;')).toBe(
      'WASHINGTON (AP) — "stand with our allies" S&P 500 ’',
    );
    expect(decodeEntities('&bogus; & co')).toBe('&bogus; & co');
  });

  it('removes English datelines with and without a date', () => {
    expect(stripDateline('SEOUL, Dec. 3 (Yonhap) -- North Korea fired')).toBe('North Korea fired');
    expect(stripDateline('LONDON, England (CNN) -- Britain')).toBe('Britain');
    expect(stripDateline('TOKYO, Oct. 12 (Reuters) - Japan')).toBe('Japan');
    expect(stripDateline('PARIS (AFP) - France')).toBe('France');
    expect(stripDateline('NEW YORK (CNN Business) -- Apple')).toBe('Apple');
    expect(englishForAnchors('WASHINGTON, Aug. 20 (AP) &#8212; President')).toBe('President');
    expect(stripDateline('The US -- which is')).toBe('The US -- which is');
  });

  it('removes the Korean dateline and notes the translator added', () => {
    expect(koreanForAnchors('(서울=연합뉴스) 김지훈 기자 = 북한이')).toBe('북한이');
    expect(koreanForAnchors('그는 (역자 주: ‘2·29 합의’는 24만t 지원 합의다.) 말했다').replace(/\s+/g, ' ')).toBe('그는 말했다');
    expect(koreanForAnchors('회의다. (※ 전원회의: 노동당의 (주요) 노선.) 그는').replace(/\s+/g, ' ')).toBe('회의다. 그는');
  });

  it('leaves notes an English desk added out of the length, unless the paragraph is only that', () => {
    expect(forLength("The pound fell. CNN's Anna Cooban contributed to this report.", false).trim()).toBe('The pound fell.');
    expect(forLength("CNN's Anna Cooban contributed to this report.", false)).toBe("CNN's Anna Cooban contributed to this report.");
    expect(
      forLength("Editor's note: Andrew Yeo is a fellow. The opinions expressed in this commentary are his own. When", false).trim(),
    ).toBe('When');
  });
});
