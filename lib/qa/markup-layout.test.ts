import { describe, expect, it } from 'vitest';
import { markupCheck } from './markup';
import { findLayoutCodes } from './markup-layout';
import { findSubtitleCodes } from './markup-subtitle';
import { keys, runOne } from './testing';

const k = (ko: string, en = 'x') => keys(runOne(markupCheck, en, ko));

describe('markup: InDesign tagged text', () => {
  it('finds style, local-format and header tags', () => {
    expect(findLayoutCodes('<CharStyle:Bold>김하늘<CharStyle:> 교수는').map((m) => m.text)).toEqual(['<CharStyle:>', '<CharStyle:>']);
    expect(findLayoutCodes('<ParaStyle:본문>정부는 이날').map((m) => m.text)).toEqual(['<ParaStyle:>']);
    expect(findLayoutCodes('<UNICODE-WIN>\n<vsn:8>기사').map((m) => m.text)).toEqual(['<UNICODE-WIN>', '<vsn:>']);
    expect(k('<cTypeface:Bold>속보<cTypeface:> 국회는')).toEqual(['markup:left:<ctypeface:>', 'markup:left:<ctypeface:>#2']);
  });
  it('leaves titles in angle brackets, comparisons and the source’s own tags alone', () => {
    for (const ok of [
      '책 <CharStyle>의 저자',
      '<타임> 지에 따르면',
      '<뉴스룸: 오늘의 이슈>를 방송했다',
      'a<b 이고 c>d 이다',
      '비율은 3:2 <균형>이다',
    ])
      expect(k(ok), ok).toEqual([]);
    expect(k('<ParaStyle:Body>정부는', '<ParaStyle:Body>The government')).toEqual([]);
  });
});

describe('markup: SRT and WebVTT cue timing lines', () => {
  it('finds a cue timing line and reports it through the markup check', () => {
    expect(findSubtitleCodes('00:02:05,100 --> 00:02:08,250 “오늘은').map((m) => m.start)).toEqual([0]);
    expect(findSubtitleCodes('01:12.400 --> 01:15.900\n그는 말했다').length).toBe(1);
    expect(k('12\n00:00:41,000 --> 00:00:44,500\n“처음엔 몰랐다”')).toEqual(['markup:left:00:00:00,000 --> 00:00:00,000']);
  });
  it('leaves clock times, ranges and arrows alone', () => {
    for (const ok of [
      '오전 9시 10분 --> 9시 40분',
      '08:40 --> 08:50 입실',
      '기록은 2:05:30에서 2:04:10으로 줄었다',
      'A --> B 순서',
      '1.5 --> 2.0으로',
    ])
      expect(k(ok), ok).toEqual([]);
  });
});

describe('markup: closing tags of any name', () => {
  it('flags a closing tag of an element no list knows', () => {
    expect(k('말했습니다.<note>자료 화면</note> 그는')).toEqual(['markup:left:</note>']);
    expect(k('<cue>박수</cue> 이어서')).toEqual(['markup:left:</cue>']);
  });
  it('leaves titles and comparisons in angle brackets alone', () => {
    for (const ok of ['<뉴욕타임스>는 보도했다', '<New York Times>에 따르면', '3 < 5 > 2 이다', '<Time> 지', '<나/너> 구분'])
      expect(k(ok), ok).toEqual([]);
  });
});

describe('markup: Markdown strikethrough and MediaWiki bold', () => {
  it('flags ~~…~~ around Korean', () => {
    expect(k('이는 ~~타산지석~~ 교훈이 된다.')).toEqual(['markup:left:~~']);
    expect(k('~~인상~~ 동결을 결정했다.')).toEqual(['markup:left:~~']);
  });
  it('leaves elongated endings, ranges and lone tildes alone', () => {
    for (const ok of ['좋아요~~ 정말 좋아요~~', '9~~10시', '서울~부산 구간', '~~ 구분선 ~~', '반가워요~~정말요~~'])
      expect(k(ok), ok).toEqual([]);
  });
  it("flags '''bold''' and '''''bold italics''''' from a wiki", () => {
    expect(k("수확량은 '''52.4kg'''으로 줄었다.")).toEqual(["markup:left:'''"]);
    expect(k("'''''속보''''' 국회는")).toEqual(["markup:left:'''"]);
  });
  it("leaves two apostrophes, spaced marks and the source's own wiki bold alone", () => {
    for (const ok of ["''새 출발''로", "''' 구분 '''", "Rock'n'roll은 '좋다'"]) expect(k(ok), ok).toEqual([]);
    expect(k("'''굵게'''라고 쓴다", "Write '''bold'''.")).toEqual([]);
  });
});
