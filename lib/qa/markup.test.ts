import { describe, expect, it } from 'vitest';
import { markupCheck } from './markup';
import { keys, runOne } from './testing';

describe('markup check', () => {
  it('flags tags, entities and placeholders left in the Korean', () => {
    expect(keys(runOne(markupCheck, 'Critics are not convinced.', '비판론자들은 회의적이다.</span>'))).toEqual(['markup:left:</span>']);
    expect(keys(runOne(markupCheck, 'x', '<b>인도적 지원을'))).toEqual(['markup:left:<b>']);
    expect(keys(runOne(markupCheck, 'x', '재개할&nbsp;준비가 {1} 됐다'))).toEqual(['markup:left:&nbsp;', 'markup:left:{1}']);
    expect(keys(runOne(markupCheck, 'x', '지식재산권(<abbr>IP</abbr>) 사업'))).toEqual(['markup:left:<abbr>', 'markup:left:</abbr>']);
    expect(keys(runOne(markupCheck, 'x', '<cite>서울 야상곡</cite>의 판권'))).toEqual(['markup:left:<cite>', 'markup:left:</cite>']);
    expect(runOne(markupCheck, 'x', '덧붙였다.</p>')[0]!.targetSpan).toEqual({ start: 5, end: 9 });
  });
  it('allows what the source has and ordinary < > text', () => {
    expect(runOne(markupCheck, 'Use the <br> tag.', '<br> 태그를 쓴다.')).toEqual([]);
    expect(runOne(markupCheck, 'a < b', '3 < 5이고 5 > 3이다. 비율은 5%다')).toEqual([]);
    expect(runOne(markupCheck, 'the New York Times', '<New York Times>와 <뉴스9>에 따르면')).toEqual([]);
    expect(runOne(markupCheck, 'Time magazine', '<Time>지에 따르면')).toEqual([]);
    expect(keys(runOne(markupCheck, 'x', '<span class="hl">조용히</span>'))).toEqual([
      'markup:left:<span class="hl">',
      'markup:left:</span>',
    ]);
  });
  it('flags Markdown emphasis and links left in the Korean, not lone asterisks or what the source has', () => {
    expect(keys(runOne(markupCheck, 'x', '1.9%에서 **1.6%**로 낮췄고'))).toEqual(['markup:left:**']);
    expect(runOne(markupCheck, 'x', '로 **1.6%**로')[0]!.targetSpan).toEqual({ start: 2, end: 4 });
    expect(keys(runOne(markupCheck, 'x', '__일제강제동원피해자지원재단__(FVFM)을'))).toEqual(['markup:left:__']);
    expect(keys(runOne(markupCheck, 'x', '[대법원](https://example.org/a) 판결'))).toEqual(['markup:left:[대법원](https://example.org/a)']);
    expect(runOne(markupCheck, 'x', '별표(**)는 주석이다. 2 ** 3 = 8, 밑줄 ____ 칸')).toEqual([]);
    expect(runOne(markupCheck, 'The **bold** word.', '**굵은** 단어.')).toEqual([]);
  });
  it('flags Markdown italics around Korean, not footnote stars, products or snake_case', () => {
    expect(keys(runOne(markupCheck, 'more measures within the year', '*연내* 추가 대책도'))).toEqual(['markup:left:*']);
    expect(keys(runOne(markupCheck, 'the key', '_관건_은 속도다'))).toEqual(['markup:left:_']);
    expect(runOne(markupCheck, 'x', '*주: 전용면적 기준. 3*4는 12다')).toEqual([]);
    expect(runOne(markupCheck, 'x', '변수 max_value와 min_value*를 본다')).toEqual([]);
    expect(runOne(markupCheck, 'x', '별표* 두 개*')).toEqual([]);
  });
  it('flags an HTML comment left in the Korean, whole, cut or oddly spaced, not an arrow', () => {
    expect(keys(runOne(markupCheck, 'x', '품목허가<!-- 제목 --> 받아'))).toEqual(['markup:left:<!-- -->']);
    expect(runOne(markupCheck, 'x', '허가<!--제목-->')[0]!.targetSpan).toEqual({ start: 2, end: 11 });
    expect(keys(runOne(markupCheck, 'x', '허가 < !-- 주석 -- > 받아'))).toEqual(['markup:left:<!-- -->']);
    expect(keys(runOne(markupCheck, 'x', '허가<!—제목—> 받아'))).toEqual(['markup:left:<!-- -->']);
    expect(keys(runOne(markupCheck, 'x', '허가를 받았다. <!-- 번역 확인'))).toEqual(['markup:left:<!-- -->']);
    expect(keys(runOne(markupCheck, 'x', '번역 확인 필요--> 허가를 받았다.'))).toEqual(['markup:left:<!-- -->']);
    expect(runOne(markupCheck, 'x', '서울 --> 부산 구간, A -> B, 느낌표! -- 그리고')).toEqual([]);
    expect(runOne(markupCheck, 'See <!-- note --> here.', '여기 <!-- 주석 --> 참고.')).toEqual([]);
  });
  it('flags a Markdown heading mark at a line start, not a hashtag or a number sign', () => {
    expect(keys(runOne(markupCheck, 'Fares rise', '# 서울 지하철 요금 인상'))).toEqual(['markup:left:#']);
    expect(runOne(markupCheck, 'x', '## 요약')[0]!.targetSpan).toEqual({ start: 0, end: 2 });
    expect(keys(runOne(markupCheck, 'x', '첫 줄이다.\n### 둘째 제목'))).toEqual(['markup:left:###']);
    expect(runOne(markupCheck, 'x', '#미투 운동과 #1 선수, 제 # 3 항목')).toEqual([]);
    expect(runOne(markupCheck, 'x', '####### 일곱 개')).toEqual([]);
    expect(runOne(markupCheck, '# Heading', '# 제목')).toEqual([]);
  });
  it('flags BBCode left in the Korean, not a bare bracketed letter', () => {
    expect(keys(runOne(markupCheck, 'x', '요금은 [b]4450원[/b]이다'))).toEqual(['markup:left:[b]', 'markup:left:[/b]']);
    expect(keys(runOne(markupCheck, 'x', '[url=https://a.kr]시청[/url] 발표'))).toEqual([
      'markup:left:[url=https://a.kr]',
      'markup:left:[/url]',
    ]);
    expect(keys(runOne(markupCheck, 'x', '강조했다[/i].'))).toEqual(['markup:left:[/i]']);
    expect(runOne(markupCheck, 'x', '보기 [a] 또는 [b]를 고른다. [단독] 기사')).toEqual([]);
  });
});

describe('a Markdown escape left before punctuation', () => {
  it('flags 9만9000\\~22만 원 and \\*', () => {
    expect(keys(runOne(markupCheck, 'Tickets cost 99,000 to 220,000 won.', '티켓 가격은 9만9000\\~22만 원이다.'))).toEqual([
      'markup:left:\\~',
    ]);
    expect(keys(runOne(markupCheck, 'The note.', '\\*주: 잠정치'))).toEqual(['markup:left:\\*']);
  });
  it('leaves a tilde without a backslash, a backslash the source has, and RTF alone', () => {
    expect(runOne(markupCheck, 'Tickets cost 99,000 to 220,000 won.', '티켓 가격은 9만9000~22만 원이다.')).toEqual([]);
    expect(runOne(markupCheck, 'Type \\~ to escape it.', '이스케이프하려면 \\~를 입력한다.')).toEqual([]);
  });

  it('flags MediaWiki links and templates a wiki paste left ([[문서]], [[문서|표시]], {{출처}})', () => {
    expect(keys(runOne(markupCheck, 'The port has 12 berths.', '[[부산항]]에는 선석 12개가 있다.'))).toEqual(['markup:left:[[ ]]']);
    expect(keys(runOne(markupCheck, 'Seoul is the capital.', '[[서울특별시|서울]]은 수도다.{{출처 필요}}'))).toEqual([
      'markup:left:[[ ]]',
      'markup:left:{{ }}',
    ]);
    // Single brackets, a bracketed note, braces of a placeholder's shape the source has, and the source's own wiki link.
    expect(runOne(markupCheck, 'He said [sic] it.', '그는 [원문 그대로] 말했다. [사진] 부산항')).toEqual([]);
    expect(runOne(markupCheck, 'Write [[Busan]] for a link.', '링크는 [[부산]]으로 쓴다.')).toEqual([]);
  });
});
