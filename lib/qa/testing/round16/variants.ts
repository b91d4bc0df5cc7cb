// Round-16 held-out set of issue #15 (written by the round-16 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// sports business news story (kbo-posting.en.txt: the Seattle Mariners sign the KBO strikeout leader
// Cheon Min-jae(천민재), posted by the Cheongju Falcons, to a four-year, $52 million contract — a
// headline, a lede and 21 body paragraphs; the pitcher, the Falcons' president Rha Kyung-soo(나경수)
// (Rha → 나, not 라), the agent Hur Jin-seok(허진석) (Hur → 허) and the fan Kwon Ha-eun(권하은) with
// their Hangul in brackets; Dan Whitaker of the Mariners written in Hangul, Kim Ha-seong named in
// passing; KBO, MLB, ERA, WBC; dollars and won in 억/만 (5200만 달러, 967만5000달러, 5억2000만 원), a
// posting fee made of percentages (20, 17.5, 15), decimals (2.63), a fraction of an inning (178⅓),
// a win-loss record, counts with counters (개, 명, 개 구단, 경기, 이닝), ordinals, a range (170~180),
// ages, speeds; on Wednesday → 9일(현지시간), Friday, Nov. 20 → 지난달 20일, Wednesday, Sept. 30 → 9월
// 30일, Monday, Dec. 14 → 오는 14일, Thursday, March 25 → 3월 25일; last season, next season, last
// month, next month, this year, last year, two years ago, in March, in February, at the end of the
// month; events, clubs' deals and people invented, real leagues, clubs and awards named as names
// only) and its careful Korean newspaper translation (kbo-posting.ko.txt: 해라체 narration, a
// noun-ending headline; the pitcher quoted in 합쇼체 at his news conference, the fan in 해요체, the
// club president, the agent and the American executive in the 해라체 Korean papers use for quoted
// statements; after the first mention 천 선수, 나 대표, 허 대표, 권 씨, 휘태커 사장; the opt-out in ‘ ’),
// 90 single-error variants of every kind and 12 clean probes. Same format and scoring as
// ../variants.ts. Written before any check was run on it, committed alone.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The glossary a client would send with this story (not every person named is in it). */
export const R16_TERMS: QaTerm[] = [
  { source: 'Cheon Min-jae', target: '천민재', kind: 'NAME' },
  { source: 'Rha Kyung-soo', target: '나경수', kind: 'NAME' },
  { source: 'Hur Jin-seok', target: '허진석', kind: 'NAME' },
  { source: 'Kwon Ha-eun', target: '권하은', kind: 'NAME' },
  { source: 'Dan Whitaker', target: '댄 휘태커', kind: 'NAME' },
  { source: 'Korea Baseball Organization', target: '한국야구위원회', kind: 'TERM' },
  { source: 'Major League Baseball', target: '메이저리그', kind: 'TERM' },
  { source: 'Seattle Mariners', target: '시애틀 매리너스', kind: 'TERM' },
  { source: 'Cheongju Falcons', target: '청주 팰컨스', kind: 'TERM' },
  { source: 'posting fee', target: '이적료', kind: 'TERM' },
  { source: 'earned run average', target: '평균자책점', kind: 'TERM' },
  { source: 'World Baseball Classic', target: '월드베이스볼클래식', kind: 'TERM' },
  { source: 'Pacific Line Sports', target: '퍼시픽라인스포츠', kind: 'TERM' },
];

// Mojibake, one mechanism each, none used in rounds 4–15: UTF-8 read as Windows-1253, Greek
// (메디컬); UTF-8 read as Windows-1256, Arabic (포스팅); UTF-8 read as Mac Cyrillic (스플리터는);
// UTF-8 read as Mac Greek (와일드카드); UTF-8 read as DOS code page 862, Hebrew and box drawing
// (팔꿈치); UTF-8 bytes read as UTF-16LE, CJK ideographs, private-use characters and one stray
// Hangul syllable (애리조나에서).
const MOJI = {
  메디컬: '\u03bb\u00a9\u201d\u03bb\u201d\u201d\u03bc\u00bb\u00ac',
  포스팅: '\u064a\u0688\u00ac\u0649\u0679\u00a4\u064a\u0152\u2026',
  스플리터는: '\u043c\u041a\u00a7\u043d\u0424\u041c\u043b\u00b6\u0452\u043d\u0414\u221e\u043b\u041a\u0424',
  와일드카드: '\u03bb\u00f4\u00c4\u03bb\u00f9\u03a6\u03ba\u2122\u20ac\u03bb\u0399\u00a5\u03ba\u2122\u20ac',
  팔꿈치: '\u03c6\u05dc\u05e4\u03a9\u2510\u05d8\u221e\u2563\u05e8',
  애리조나에서: '\u95ec\ueba0\uaca6\ua1ec\uebb0\u9882\u97ec\uec90\u9c84',
};

export const R16_VARIANTS: Variant[] = [
  // Straight quotes: a straight opening before the pitcher's 합쇼체 quote, a straight closing before
  // 고, a term in ‘ ’ given straight double quotes instead, a balanced straight pair around the fan's
  // whole quote, a straight closing before the copula 이라고.
  { id: 'r16-squote-1', kind: 'straight-quote', paragraph: 7, replace: [['“초등학생', '"초등학생']] },
  { id: 'r16-squote-2', kind: 'straight-quote', paragraph: 10, replace: [['쓰겠다”고', '쓰겠다"고']] },
  { id: 'r16-squote-3', kind: 'straight-quote', paragraph: 2, replace: [['‘옵트아웃’', '"옵트아웃"']] },
  {
    id: 'r16-squote-4',
    kind: 'straight-quote',
    paragraph: 14,
    replace: [
      ['“떠나는', '"떠나는'],
      ['있어요”라고', '있어요"라고'],
    ],
  },
  { id: 'r16-squote-5', kind: 'straight-quote', paragraph: 19, replace: [['것”이라고', '것"이라고']] },
  // Repeated words: an adverb of approximation before a number, a determiner, an adverb inside a
  // quotation, a noun with its particle, an adjective before an acronym.
  { id: 'r16-repeat-1', kind: 'repeated-word', paragraph: 17, replace: [['약 21배다', '약 약 21배다']] },
  { id: 'r16-repeat-2', kind: 'repeated-word', paragraph: 3, replace: [['나머지 금액의', '나머지 나머지 금액의']] },
  { id: 'r16-repeat-3', kind: 'repeated-word', paragraph: 20, replace: [['다시 시작하겠습니다', '다시 다시 시작하겠습니다']] },
  { id: 'r16-repeat-4', kind: 'repeated-word', paragraph: 21, replace: [['가능성이 크다고', '가능성이 가능성이 크다고']] },
  { id: 'r16-repeat-5', kind: 'repeated-word', paragraph: 15, replace: [['많은 MLB', '많은 많은 MLB']] },
  // Leftover markup: HTML strong around a glossary club name, an unclosed Word font tag before a
  // quotation, an XLIFF 1.2 <x/> placeholder inside a title, a Markdown link from a chat-style MT
  // engine, a no-break space escaped twice (&amp;nbsp;), a Word XML line break between sentences.
  { id: 'r16-markup-1', kind: 'markup', paragraph: 1, replace: [['시애틀 매리너스가', '<strong>시애틀 매리너스</strong>가']] },
  { id: 'r16-markup-2', kind: 'markup', paragraph: 14, replace: [['권 씨는', '<font face="맑은 고딕">권 씨는']] },
  { id: 'r16-markup-3', kind: 'markup', paragraph: 8, replace: [['야구 운영 부문 사장은', '야구 운영 부문<x id="2"/> 사장은']] },
  {
    id: 'r16-markup-4',
    kind: 'markup',
    paragraph: 13,
    replace: [['샌디에이고 파드리스에', '[샌디에이고 파드리스](https://www.mlb.com/padres)에']],
  },
  { id: 'r16-markup-5', kind: 'markup', paragraph: 16, replace: [['병역 특례', '병역&amp;nbsp;특례']] },
  { id: 'r16-markup-6', kind: 'markup', paragraph: 19, replace: [['밝혔다. 그는', '밝혔다.<w:br/>그는']] },
  // U+FFFD: the vulgar fraction of an inning lost on a pass through a Latin-1 system, the ㎞ unit
  // sign lost, the wave dash of a range lost, two for one syllable of a place name cut at a buffer
  // boundary, one for the first syllable of a paragraph.
  { id: 'r16-fffd-1', kind: 'replacement-char', paragraph: 4, replace: [['178⅓이닝', '178\uFFFD이닝']] },
  { id: 'r16-fffd-2', kind: 'replacement-char', paragraph: 5, replace: [['153㎞', '153\uFFFD']] },
  { id: 'r16-fffd-3', kind: 'replacement-char', paragraph: 9, replace: [['170~180이닝', '170\uFFFD180이닝']] },
  { id: 'r16-fffd-4', kind: 'replacement-char', paragraph: 13, replace: [['샌디에이고', '샌디에\uFFFD\uFFFD고']] },
  { id: 'r16-fffd-5', kind: 'replacement-char', paragraph: 20, replace: [['천 선수는 다음 달', '\uFFFD 선수는 다음 달']] },
  // Mojibake (see MOJI).
  { id: 'r16-moji-1', kind: 'mojibake', paragraph: 7, replace: [['메디컬', MOJI.메디컬]] },
  { id: 'r16-moji-2', kind: 'mojibake', paragraph: 3, replace: [['포스팅', MOJI.포스팅]] },
  { id: 'r16-moji-3', kind: 'mojibake', paragraph: 5, replace: [['스플리터는', MOJI.스플리터는]] },
  { id: 'r16-moji-4', kind: 'mojibake', paragraph: 11, replace: [['와일드카드', MOJI.와일드카드]] },
  { id: 'r16-moji-5', kind: 'mojibake', paragraph: 18, replace: [['팔꿈치', MOJI.팔꿈치]] },
  { id: 'r16-moji-6', kind: 'mojibake', paragraph: 21, replace: [['애리조나에서', MOJI.애리조나에서]] },
  // Latin left in the Korean: a Korean city before 에서, a Japanese city, a Chinese city before a
  // Korean noun, the American executive's surname before his title, a Korean player's full name
  // before 이.
  { id: 'r16-latin-1', kind: 'latin-name', paragraph: 5, replace: [['청주에서', 'Cheongju에서']] },
  { id: 'r16-latin-2', kind: 'latin-name', paragraph: 15, replace: [['도쿄에서', 'Tokyo에서']] },
  { id: 'r16-latin-3', kind: 'latin-name', paragraph: 16, replace: [['항저우 아시안게임에서', 'Hangzhou 아시안게임에서']] },
  { id: 'r16-latin-4', kind: 'latin-name', paragraph: 19, replace: [['휘태커 사장은', 'Whitaker 사장은']] },
  { id: 'r16-latin-5', kind: 'latin-name', paragraph: 13, replace: [['김하성이', 'Kim Ha-seong이']] },
  // Particles: 으로 after a place ending in ㄹ (시애틀로 is right), 은 after a vowel-final title, 과
  // after a vowel-final noun, 으로 after a vowel-final counter (개), 가 after a consonant-final counter
  // (명), 으로 after a bracketed acronym whose noun (메이저리그) ends in a vowel, 를 after a
  // consonant-final noun, the copula's 이 dropped after a consonant-final unit (원였다).
  { id: 'r16-particle-1', kind: 'particle', paragraph: 20, replace: [['시애틀로', '시애틀으로']] },
  { id: 'r16-particle-2', kind: 'particle', paragraph: 10, replace: [['나 대표는', '나 대표은']] },
  { id: 'r16-particle-3', kind: 'particle', paragraph: 20, replace: [['아내와', '아내과']] },
  { id: 'r16-particle-4', kind: 'particle', paragraph: 4, replace: [['211개로', '211개으로']] },
  { id: 'r16-particle-5', kind: 'particle', paragraph: 9, replace: [['2명이', '2명가']] },
  { id: 'r16-particle-6', kind: 'particle', paragraph: 1, replace: [['메이저리그(MLB)로', '메이저리그(MLB)으로']] },
  { id: 'r16-particle-7', kind: 'particle', paragraph: 12, replace: [['공식 제안을', '공식 제안를']] },
  { id: 'r16-particle-8', kind: 'particle', paragraph: 17, replace: [['원이었다.', '원였다.']] },
  // Acronyms that do not match the source: the basketball league's (KBL) for the KBO, the minor
  // leagues' (MiLB) for MLB, another pitching statistic (WHIP) for the ERA, the federation (WBSC)
  // for the tournament (WBC), Japan's league (NPB) for MLB, the players' union (MLBPA) for MLB.
  { id: 'r16-acronym-1', kind: 'acronym', paragraph: 0, replace: [['KBO 탈삼진왕', 'KBL 탈삼진왕']] },
  { id: 'r16-acronym-2', kind: 'acronym', paragraph: 1, replace: [['(MLB)', '(MiLB)']] },
  { id: 'r16-acronym-3', kind: 'acronym', paragraph: 4, replace: [['(ERA)', '(WHIP)']] },
  { id: 'r16-acronym-4', kind: 'acronym', paragraph: 15, replace: [['(WBC)', '(WBSC)']] },
  { id: 'r16-acronym-5', kind: 'acronym', paragraph: 5, replace: [['MLB 11개 구단', 'NPB 11개 구단']] },
  { id: 'r16-acronym-6', kind: 'acronym', paragraph: 3, replace: [['KBO와 MLB 간', 'KBO와 MLBPA 간']] },
  // One English phrase rendered two ways: scouts (스카우트 in ¶5), agent (에이전트 in ¶13), season
  // ticket (시즌권 in ¶14), physical (메디컬 테스트 in ¶7), rotation (선발 로테이션 in ¶8), spring
  // training (스프링캠프 in ¶20), major leagues (메이저리그 in ¶6–7).
  { id: 'r16-phrase-1', kind: 'phrase-consistency', paragraph: 15, replace: [['MLB 스카우트가', 'MLB 스카우터가']] },
  { id: 'r16-phrase-2', kind: 'phrase-consistency', paragraph: 12, replace: [['에이전트인', '대리인인']] },
  { id: 'r16-phrase-3', kind: 'phrase-consistency', paragraph: 22, replace: [['시즌권 소지자들과', '연간 회원권 소지자들과']] },
  { id: 'r16-phrase-4', kind: 'phrase-consistency', paragraph: 19, replace: [['메디컬 테스트에서', '신체검사에서']] },
  { id: 'r16-phrase-5', kind: 'phrase-consistency', paragraph: 9, replace: [['선발 로테이션에서', '선발진에서']] },
  { id: 'r16-phrase-6', kind: 'phrase-consistency', paragraph: 21, replace: [['스프링캠프를', '전지훈련을']] },
  { id: 'r16-phrase-7', kind: 'phrase-consistency', paragraph: 10, replace: [['메이저리그에 선수를', '빅리그에 선수를']] },
  // Relative time: last month → this month, next season → this season, last year → the year before
  // last, next month → next week, the end of this month → the end of next month, this year → last
  // year, last March → next March.
  { id: 'r16-time-1', kind: 'relative-time', paragraph: 4, replace: [['지난달에는', '이달에는']] },
  { id: 'r16-time-2', kind: 'relative-time', paragraph: 6, replace: [['다음 시즌 KBO', '올 시즌 KBO']] },
  { id: 'r16-time-3', kind: 'relative-time', paragraph: 17, replace: [['지난해 그의 연봉은', '재작년 그의 연봉은']] },
  { id: 'r16-time-4', kind: 'relative-time', paragraph: 20, replace: [['다음 달 아내와', '다음 주 아내와']] },
  { id: 'r16-time-5', kind: 'relative-time', paragraph: 22, replace: [['이달 말', '다음 달 말']] },
  { id: 'r16-time-6', kind: 'relative-time', paragraph: 9, replace: [['올해 매리너스', '지난해 매리너스']] },
  { id: 'r16-time-7', kind: 'relative-time', paragraph: 15, replace: [['지난 3월', '내년 3월']] },
  // Dropped sentences: the last of the lede's two, the short first one of three, the first of the
  // fan's two quoted sentences, the last of two in a paragraph of two, the short last of two, the
  // first sentence inside the club president's quotation, the first of two.
  {
    id: 'r16-drop-1',
    kind: 'dropped-sentence',
    paragraph: 1,
    replace: [[' KBO 리그에서 메이저리그(MLB)로 직행한 투수의 계약으로는 역대 최대 규모다.', '']],
  },
  { id: 'r16-drop-2', kind: 'dropped-sentence', paragraph: 18, replace: [['이번 계약에 위험 요소가 없는 것은 아니다. ', '']] },
  {
    id: 'r16-drop-3',
    kind: 'dropped-sentence',
    paragraph: 14,
    replace: [['떠나는 건 섭섭하지만 회사에서도 휴대전화로 경기를 틀어 놓을 거예요. ', '']],
  },
  {
    id: 'r16-drop-4',
    kind: 'dropped-sentence',
    paragraph: 16,
    replace: [[' 이 혜택이 없었다면 그는 28세가 되기 전에 입대해 18개월 동안 복무해야 했다.', '']],
  },
  {
    id: 'r16-drop-5',
    kind: 'dropped-sentence',
    paragraph: 11,
    replace: [[' 천 선수는 팀이 치른 정규시즌 144경기 가운데 29경기에 선발로 나섰다.', '']],
  },
  {
    id: 'r16-drop-6',
    kind: 'dropped-sentence',
    paragraph: 10,
    replace: [['에이스를 잃는 것은 아프지만 메이저리그에 선수를 보내게 돼 자랑스럽다. ', '']],
  },
  {
    id: 'r16-drop-7',
    kind: 'dropped-sentence',
    paragraph: 13,
    replace: [['에이전트 측에 따르면 천 선수는 KBO 리그 에이스로는 6년 만에 처음으로 메이저리그 구단과 다년 계약을 맺었다. ', '']],
  },
  // Numbers: $9.675 million read as $967,500 (96만7500달러), a percentage's first digit lost, the
  // third of an inning dropped, an ERA's decimals transposed, a won figure ten times too large, the
  // speed and its conversion swapped between units, a range's upper end changed, a date one day late
  // (the Korean date of an American evening), an ordinal one better.
  { id: 'r16-number-1', kind: 'numbers', paragraph: 3, replace: [['967만5000달러', '96만7500달러']] },
  { id: 'r16-number-2', kind: 'numbers', paragraph: 3, replace: [['17.5%', '7.5%']] },
  { id: 'r16-number-3', kind: 'numbers', paragraph: 4, replace: [['178⅓이닝', '178이닝']] },
  { id: 'r16-number-4', kind: 'numbers', paragraph: 4, replace: [['2.63', '2.36']] },
  { id: 'r16-number-5', kind: 'numbers', paragraph: 2, replace: [['약 754억 원', '약 7540억 원']] },
  { id: 'r16-number-6', kind: 'numbers', paragraph: 5, replace: [['시속 153㎞(95마일)', '시속 95㎞(153마일)']] },
  { id: 'r16-number-7', kind: 'numbers', paragraph: 9, replace: [['170~180이닝', '170~190이닝']] },
  { id: 'r16-number-8', kind: 'numbers', paragraph: 21, replace: [['3월 25일', '3월 26일']] },
  { id: 'r16-number-9', kind: 'numbers', paragraph: 11, replace: [['4위에', '3위에']] },
  // Speech level in the 해라체 narration: 합쇼체 at a paragraph's end, a -음 note ending, 합쇼체 at the
  // end of a paragraph's last sentence after a figure, 반말 -지, 해요체 in a schedule, 해요체 in the
  // middle of a paragraph.
  { id: 'r16-speech-1', kind: 'speech-level', paragraph: 16, replace: [['길이 열렸다.', '길이 열렸습니다.']] },
  { id: 'r16-speech-2', kind: 'speech-level', paragraph: 11, replace: [['선발로 나섰다.', '선발로 나섰음.']] },
  { id: 'r16-speech-3', kind: 'speech-level', paragraph: 3, replace: [['더해 산정한다.', '더해 산정합니다.']] },
  { id: 'r16-speech-4', kind: 'speech-level', paragraph: 9, replace: [['다섯 번째로 적었다.', '다섯 번째로 적었지.']] },
  { id: 'r16-speech-5', kind: 'speech-level', paragraph: 21, replace: [['개막전을 치른다.', '개막전을 치러요.']] },
  { id: 'r16-speech-6', kind: 'speech-level', paragraph: 2, replace: [['조항이 포함됐다.', '조항이 포함됐어요.']] },
  // Names: Rha read as 라 against the bracketed 나, the agent's name dropped from his first mention,
  // Cheon read as 전, the fan made anonymous, the American executive's name dropped from his first
  // mention, the executive's forecast given to the agent, a Korean player turned into “a shortstop”,
  // the pitcher's words given to the executive.
  { id: 'r16-name-1', kind: 'name-lost', paragraph: 10, replace: [['나경수 팰컨스 대표는', '라경수 팰컨스 대표는']] },
  { id: 'r16-name-2', kind: 'name-lost', paragraph: 12, replace: [['에이전트인 허진석 퍼시픽라인스포츠', '에이전트인 퍼시픽라인스포츠']] },
  { id: 'r16-name-3', kind: 'name-lost', paragraph: 1, replace: [['천민재와', '전민재와']] },
  { id: 'r16-name-4', kind: 'name-lost', paragraph: 14, replace: [['청주의 회사원 권하은(31) 씨는', '청주의 한 회사원(31)은']] },
  { id: 'r16-name-5', kind: 'name-lost', paragraph: 8, replace: [['댄 휘태커 매리너스', '매리너스']] },
  { id: 'r16-name-6', kind: 'name-lost', paragraph: 21, replace: [['휘태커 사장은 천 선수가', '허 대표는 천 선수가']] },
  { id: 'r16-name-7', kind: 'name-lost', paragraph: 13, replace: [['2021년 김하성이', '2021년 한 유격수가']] },
  { id: 'r16-name-8', kind: 'name-lost', paragraph: 20, replace: [['그는 “공도', '휘태커 사장은 “공도']] },
];

export const R16_PROBES: CleanProbe[] = [
  // The league's name written without a space, as many papers write it.
  { id: 'r16-probe-1', paragraph: 1, replace: [['KBO 리그에서', 'KBO리그에서']] },
  // The ballpark's brand written with its Latin initial, as Korean papers write it.
  { id: 'r16-probe-2', paragraph: 7, replace: [['티모바일파크에서', 'T모바일파크에서']] },
  // The fraction of an inning written out in words.
  { id: 'r16-probe-3', paragraph: 4, replace: [['178⅓이닝', '178과 3분의 1이닝']] },
  // The speed with the Latin unit.
  { id: 'r16-probe-4', paragraph: 5, replace: [['시속 153㎞', '시속 153km']] },
  // A romanised gloss after the agency's name, which the source writes in Latin.
  { id: 'r16-probe-5', paragraph: 12, replace: [['퍼시픽라인스포츠 대표는', '퍼시픽라인스포츠(Pacific Line Sports) 대표는']] },
  // The pitcher's quotation given in the 해라체 papers also use for reported words.
  {
    id: 'r16-probe-6',
    paragraph: 7,
    replace: [
      ['꿈을 꿨습니다”라며', '꿈을 꿨다”며'],
      ['저를 원했고, 그 믿음에 보답하겠습니다”라고', '나를 원했고, 그 믿음에 보답하겠다”고'],
    ],
  },
  // 올해 3월 for 지난 3월: the same month.
  { id: 'r16-probe-7', paragraph: 15, replace: [['지난 3월', '올해 3월']] },
  // The month named instead of 이달.
  { id: 'r16-probe-8', paragraph: 22, replace: [['이달 말', '12월 말']] },
  // The two clauses in the other order.
  {
    id: 'r16-probe-9',
    paragraph: 11,
    replace: [
      [
        '10개 구단이 겨루는 정규리그에서 4위에 올랐지만 와일드카드 결정전에서 탈락했다.',
        '와일드카드 결정전에서 탈락했지만, 10개 구단이 겨루는 정규리그에서는 4위에 올랐다.',
      ],
    ],
  },
  // A synonym for a word the English uses once.
  { id: 'r16-probe-10', paragraph: 10, replace: [['새 훈련 시설을', '새 훈련장을']] },
  // Another word for the phone, with the particle form its final consonant takes (으로).
  { id: 'r16-probe-11', paragraph: 14, replace: [['휴대전화로', '휴대폰으로']] },
  // The range written with the tilde operator (∼) some papers use.
  { id: 'r16-probe-12', paragraph: 9, replace: [['170~180이닝', '170∼180이닝']] },
];
