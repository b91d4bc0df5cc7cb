// Round-18 held-out set of issue #15 (written by the round-18 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// city transport news story (transit-fares.en.txt: Seoul raises its subway fare from 1,400 to 1,550
// won and its bus fare from 1,500 to 1,650 won in the week the full GTX-A express line opens between
// Paju and Dongtan — a headline, a lede and 21 body paragraphs; the city's transport chief Yoo
// Min-jae(유민재) (Yoo → 유), the commuter Lim Seo-yeon(임서연) (Lim → 임, not 림), the professor Gwak
// Tae-hoon(곽태훈) (Gwak → 곽), the civic group's Seong Hye-won(성혜원) (Seong → 성) and Gyeonggi's Rhee
// Jung-ho(이정호) (Rhee → 이, not 리) with their Hangul in brackets; Claire Dubois of the OECD's
// International Transport Forum written in Hangul (클레어 뒤부아); GTX, GTX-A/-B/-C, KORAIL → 코레일,
// SRT, KTX, OECD, ITF, CO2, EV, K-Pass → ‘K-패스’; fares in won (1400원 → 1550원, 3200원, 4450원),
// 만/억/조 amounts (15만7000원, 7200억 원, 7조3000억 원, 4조4000억 원, 9만3000명, 1370만 명), percentages
// (10.7%, 17%, 44%, 28%, a range 20~53%), km and km/h (82.1㎞, 시속 180㎞), metres in a range
// (40~50m), minutes, a clock time (6시 20분, “by nine” → 9시), tonnes (1.2t), vote counts, counters
// (량, 대, 기, 표, 개), ordinals (두 번째, 이틀째), an ISO date (2026-12-04); the story is dated Friday
// 4 December 2026: on Friday → 4일, on Monday → 지난달 30일, on Tuesday → 1일, on Wednesday → 9일,
// Saturday, Jan. 9 → 내년 1월 9일(토), Nov. 20 → 지난달 20일, next month, last year, this year, next
// year, the first half of next year, earlier this month, from March → 내년 3월부터, by 2028, by 2030,
// two, three and four years ago; events, the civic group and people invented, real places, lines,
// operators and programmes named as names only) and its careful Korean newspaper translation
// (transit-fares.ko.txt: 해라체 narration, a noun-ending headline; the transport chief quoted in
// 합쇼체 at his briefing, the commuter in 해요체, the professor, the civic group's director, the
// Gyeonggi official and the foreign analyst in the 해라체 Korean papers use for quoted statements;
// after the first mention 유 실장, 임 씨, 곽 교수, 성 국장, 이 국장, 뒤부아 분석관), 90 single-error
// variants of every kind and 12 clean probes. Same format and scoring as ../variants.ts. Written
// before any check was run on it, committed alone.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The glossary a client would send with this story (not every person named is in it). */
export const R18_TERMS: QaTerm[] = [
  { source: 'Yoo Min-jae', target: '유민재', kind: 'NAME' },
  { source: 'Lim Seo-yeon', target: '임서연', kind: 'NAME' },
  { source: 'Gwak Tae-hoon', target: '곽태훈', kind: 'NAME' },
  { source: 'Rhee Jung-ho', target: '이정호', kind: 'NAME' },
  { source: 'Claire Dubois', target: '클레어 뒤부아', kind: 'NAME' },
  { source: 'Seoul Metro', target: '서울교통공사', kind: 'TERM' },
  { source: 'Great Train Express', target: '수도권광역급행철도', kind: 'TERM' },
  { source: 'International Transport Forum', target: '국제교통포럼', kind: 'TERM' },
  { source: 'Hanyang University', target: '한양대', kind: 'TERM' },
  { source: 'KORAIL', target: '코레일', kind: 'TERM' },
  { source: 'K-Pass', target: 'K-패스', kind: 'TERM' },
  { source: 'land ministry', target: '국토교통부 | 국토부', kind: 'TERM' },
];

// Mojibake, one mechanism each, none used in rounds 4–17: EUC-KR bytes read as Shift_JIS, all
// half-width katakana (시민단체); EUC-KR read as Big5, traditional Chinese characters (교통실장은);
// EUC-KR read as EUC-JP, Japanese kanji (어린이집에); EUC-KR read as ISO-8859-5, Cyrillic
// (이용객은); EUC-KR read as Windows-874, Thai (경기도의); UTF-8 read as KOI8-U, Cyrillic with box
// drawing and Ukrainian є (올빼미버스); UTF-8 left percent-encoded from a URL (환승으로).
const MOJI = {
  시민단체: '\uff7d\uff83\uff79\uff8e\uff74\uff9c\uff83\uff7c',
  교통실장은: '\u6396\u9c54\u8912\u6ff0\u64ce',
  어린이집에: '\u5b22\u9375\u621a\u5897\u62ed',
  이용객은: '\u0420\u042c\u041f\u044b\u0410\u0414\u0420\u041a',
  경기도의: '\u0e10\u0e46\u0e11\u0e42\u0e15\u0e15\u0e20\u0e27',
  올빼미버스: '\u041b\u2264\u255b\u041a\u2567\u256a\u041a\u255e\u2566\u041a\u2561\u2514\u041b\u253c\u0454',
  환승으로: '%ED%99%98%EC%8A%B9%EC%9C%BC%EB%A1%9C',
};

export const R18_VARIANTS: Variant[] = [
  // Straight quotes: a straight single pair around a programme name with Latin in it, a straight
  // closing before the copula 이라며, a straight opening before a two-sentence quote, a curly single
  // opening closed by a straight double, a straight closing between two quotations (…"라며 “…), a
  // straight opening directly before a Latin acronym.
  { id: 'r18-squote-1', kind: 'straight-quote', paragraph: 9, replace: [['‘K-패스’를', "'K-패스'를"]] },
  { id: 'r18-squote-2', kind: 'straight-quote', paragraph: 10, replace: [['수준”이라며', '수준"이라며']] },
  { id: 'r18-squote-3', kind: 'straight-quote', paragraph: 18, replace: [['“통근자가', '"통근자가']] },
  { id: 'r18-squote-4', kind: 'straight-quote', paragraph: 19, replace: [['‘올빼미버스’', '‘올빼미버스"']] },
  { id: 'r18-squote-5', kind: 'straight-quote', paragraph: 22, replace: [['거예요”라며', '거예요"라며']] },
  { id: 'r18-squote-6', kind: 'straight-quote', paragraph: 13, replace: [['“GTX는', '"GTX는']] },

  // Repeated words: a Latin acronym doubled, a noun before a vote count, a number with its unit, a
  // one-syllable noun (다음 달 달), a long verb form.
  { id: 'r18-repeat-1', kind: 'repeated-word', paragraph: 16, replace: [['SRT 고속열차로', 'SRT SRT 고속열차로']] },
  { id: 'r18-repeat-2', kind: 'repeated-word', paragraph: 20, replace: [['찬성 68표', '찬성 찬성 68표']] },
  { id: 'r18-repeat-3', kind: 'repeated-word', paragraph: 6, replace: [['1시간 넘게', '1시간 1시간 넘게']] },
  { id: 'r18-repeat-4', kind: 'repeated-word', paragraph: 1, replace: [['다음 달 올린다고', '다음 달 달 올린다고']] },
  {
    id: 'r18-repeat-5',
    kind: 'repeated-word',
    paragraph: 12,
    replace: [['동결하겠다고 말했다', '동결하겠다고 동결하겠다고 말했다']],
  },

  // Markup, none used in rounds 4–17: a Markdown heading mark on the headline, BBCode bold, a
  // hexadecimal character reference for the opening quote, an HTML <mark> pair, an HTML anchor with
  // its URL, an escaped line-break tag (&lt;br&gt;) between sentences.
  { id: 'r18-markup-1', kind: 'markup', paragraph: 0, replace: [['서울 지하철·버스', '# 서울 지하철·버스']] },
  { id: 'r18-markup-2', kind: 'markup', paragraph: 7, replace: [['4450원이다', '[b]4450원[/b]이다']] },
  { id: 'r18-markup-3', kind: 'markup', paragraph: 10, replace: [['“경제협력개발기구', '&#x201C;경제협력개발기구']] },
  { id: 'r18-markup-4', kind: 'markup', paragraph: 15, replace: [['2030년까지', '<mark>2030년까지</mark>']] },
  {
    id: 'r18-markup-5',
    kind: 'markup',
    paragraph: 18,
    replace: [['국제교통포럼(ITF)', '<a href="https://www.itf-oecd.org">국제교통포럼(ITF)</a>']],
  },
  { id: 'r18-markup-6', kind: 'markup', paragraph: 20, replace: [['통과시켰다. 야당', '통과시켰다.&lt;br&gt;야당']] },

  // Replacement characters: the ㎞ sign lost after a speed, one at the very start of a paragraph (a
  // broken byte-order mark), the subscript of CO₂ lost, the weekday in brackets lost, one syllable
  // lost as three U+FFFD (one per UTF-8 byte).
  { id: 'r18-fffd-1', kind: 'replacement-char', paragraph: 5, replace: [['시속 180㎞', '시속 180\uFFFD']] },
  { id: 'r18-fffd-2', kind: 'replacement-char', paragraph: 15, replace: [['국토교통부는 이달', '\uFFFD국토교통부는 이달']] },
  { id: 'r18-fffd-3', kind: 'replacement-char', paragraph: 17, replace: [['이산화탄소(CO2)', '이산화탄소(CO\uFFFD)']] },
  { id: 'r18-fffd-4', kind: 'replacement-char', paragraph: 2, replace: [['1월 9일(토)', '1월 9일(\uFFFD)']] },
  { id: 'r18-fffd-5', kind: 'replacement-char', paragraph: 12, replace: [['철도국장은', '철\uFFFD\uFFFD\uFFFD국장은']] },

  { id: 'r18-moji-1', kind: 'mojibake', paragraph: 11, replace: [['시민단체', MOJI.시민단체]] },
  { id: 'r18-moji-2', kind: 'mojibake', paragraph: 3, replace: [['교통실장은', MOJI.교통실장은]] },
  { id: 'r18-moji-3', kind: 'mojibake', paragraph: 8, replace: [['어린이집에', MOJI.어린이집에]] },
  { id: 'r18-moji-4', kind: 'mojibake', paragraph: 14, replace: [['노선 이용객은', `노선 ${MOJI.이용객은}`]] },
  { id: 'r18-moji-5', kind: 'mojibake', paragraph: 12, replace: [['경기도의 인구는', `${MOJI.경기도의} 인구는`]] },
  { id: 'r18-moji-6', kind: 'mojibake', paragraph: 19, replace: [['‘올빼미버스’', `‘${MOJI.올빼미버스}’`]] },
  { id: 'r18-moji-7', kind: 'mojibake', paragraph: 16, replace: [['이 환승으로', `이 ${MOJI.환승으로}`]] },

  // Latin names left in the Korean: a station before 에서, the foreign analyst's surname at the second
  // mention, an apartment complex's name split from its noun, a university before a department, a
  // civic group's long English name before 의.
  { id: 'r18-latin-1', kind: 'latin-name', paragraph: 6, replace: [['운정에서 서울역까지', 'Unjeong에서 서울역까지']] },
  { id: 'r18-latin-2', kind: 'latin-name', paragraph: 18, replace: [['뒤부아 분석관은', 'Dubois 분석관은']] },
  { id: 'r18-latin-3', kind: 'latin-name', paragraph: 15, replace: [['은마아파트', 'Eunma 아파트']] },
  { id: 'r18-latin-4', kind: 'latin-name', paragraph: 10, replace: [['곽태훈 한양대', '곽태훈 Hanyang University']] },
  {
    id: 'r18-latin-5',
    kind: 'latin-name',
    paragraph: 11,
    replace: [['‘공공교통시민연대’의', "Citizens' Coalition for Public Transport의"]],
  },

  // Particles: 을 after a unit sign read with a final vowel (82.1㎞, 킬로미터), 은 after a Latin
  // acronym read with a final vowel (GTX, 지티엑스), 를 after the counter 량, 으로 after a final ㄹ
  // (서울으로), 와 after a consonant inside a quotation, 을 after a closing single quote, 을 after a
  // percentage (퍼센트), the copula 이 dropped after a closed syllable before a closing quote (수준”라며).
  { id: 'r18-particle-1', kind: 'particle', paragraph: 5, replace: [['82.1㎞를', '82.1㎞을']] },
  { id: 'r18-particle-2', kind: 'particle', paragraph: 13, replace: [['“GTX는', '“GTX은']] },
  { id: 'r18-particle-3', kind: 'particle', paragraph: 21, replace: [['196량을', '196량를']] },
  { id: 'r18-particle-4', kind: 'particle', paragraph: 12, replace: [['매일 서울로', '매일 서울으로']] },
  { id: 'r18-particle-5', kind: 'particle', paragraph: 22, replace: [['아들과 한 시간을', '아들와 한 시간을']] },
  { id: 'r18-particle-6', kind: 'particle', paragraph: 9, replace: [['‘K-패스’를', '‘K-패스’을']] },
  { id: 'r18-particle-7', kind: 'particle', paragraph: 4, replace: [['약 17%를', '약 17%을']] },
  { id: 'r18-particle-8', kind: 'particle', paragraph: 10, replace: [['수준”이라며', '수준”라며']] },

  // Acronyms: another rail acronym of the same document (KTX) standing for GTX in its gloss, another
  // intergovernmental body (IEA) for the ITF, an unbracketed acronym transposed (STR), CO2 cut to CO
  // (carbon monoxide), letters transposed inside brackets (OEDC).
  { id: 'r18-acronym-1', kind: 'acronym', paragraph: 1, replace: [['(GTX)', '(KTX)']] },
  { id: 'r18-acronym-2', kind: 'acronym', paragraph: 18, replace: [['(ITF)', '(IEA)']] },
  { id: 'r18-acronym-3', kind: 'acronym', paragraph: 16, replace: [['SRT 고속열차로', 'STR 고속열차로']] },
  { id: 'r18-acronym-4', kind: 'acronym', paragraph: 17, replace: [['(CO2)', '(CO)']] },
  { id: 'r18-acronym-5', kind: 'acronym', paragraph: 10, replace: [['(OECD)', '(OEDC)']] },

  // Phrase consistency: one English phrase translated two ways in two paragraphs — “fare” as 운임
  // (elsewhere 요금), “subway” as 전철 (elsewhere 지하철), “commute” as 통근 (elsewhere 출퇴근), “the
  // land ministry” by its former name 국토해양부 (elsewhere 국토교통부), “passengers” as 여객
  // (elsewhere 승객), “Great Train Express” as 광역고속철도 (the glossary's 광역급행철도), “trains” as
  // 기차 (elsewhere 열차).
  { id: 'r18-phrase-1', kind: 'phrase-consistency', paragraph: 7, replace: [['GTX 기본요금은', 'GTX 기본운임은']] },
  { id: 'r18-phrase-2', kind: 'phrase-consistency', paragraph: 19, replace: [['지하철 2호선과', '전철 2호선과']] },
  { id: 'r18-phrase-3', kind: 'phrase-consistency', paragraph: 12, replace: [['서울로 출퇴근한다', '서울로 통근한다']] },
  { id: 'r18-phrase-4', kind: 'phrase-consistency', paragraph: 15, replace: [['국토교통부는 이달', '국토해양부는 이달']] },
  { id: 'r18-phrase-5', kind: 'phrase-consistency', paragraph: 16, replace: [['GTX 승객은', 'GTX 여객은']] },
  {
    id: 'r18-phrase-6',
    kind: 'phrase-consistency',
    paragraph: 5,
    replace: [['수도권광역급행철도 가운데', '수도권광역고속철도 가운데']],
  },
  { id: 'r18-phrase-7', kind: 'phrase-consistency', paragraph: 6, replace: [['열차 운행은', '기차 운행은']] },

  // Relative time: last month's date moved into this month (지난달 30일 → 이달 30일), earlier this month
  // → late last month, this year's loss made last year's (with the verb's tense), two years ago →
  // two years later (전 → 뒤), from (next) March → since (last) March, next year → this year inside
  // a 해요체 quote, next month → next week.
  { id: 'r18-time-1', kind: 'relative-time', paragraph: 5, replace: [['지난달 30일', '이달 30일']] },
  { id: 'r18-time-2', kind: 'relative-time', paragraph: 15, replace: [['이달 초', '지난달 말']] },
  { id: 'r18-time-3', kind: 'relative-time', paragraph: 4, replace: [['올해 생기는 손실도', '지난해 생긴 손실도']] },
  { id: 'r18-time-4', kind: 'relative-time', paragraph: 13, replace: [['2년 전 신분당선', '2년 뒤 신분당선']] },
  { id: 'r18-time-5', kind: 'relative-time', paragraph: 19, replace: [['내년 3월부터', '지난 3월부터']] },
  { id: 'r18-time-6', kind: 'relative-time', paragraph: 22, replace: [['내년에 또', '올해 또']] },
  { id: 'r18-time-7', kind: 'relative-time', paragraph: 1, replace: [['다음 달 올린다고', '다음 주 올린다고']] },

  // Dropped sentences: a paragraph's closing sentence of history, the first of two quoted sentences
  // in the middle of a paragraph, a closing sentence of figures, the second sentence inside a
  // two-sentence quotation (its closing quote kept), a short closing sentence, a short opening
  // sentence, the closing sentence on a rejected plan.
  {
    id: 'r18-drop-1',
    kind: 'dropped-sentence',
    paragraph: 2,
    replace: [[' 2023년 10월 지하철 요금을 150원 올린 데 이어 3년 새 두 번째 인상이다.', '']],
  },
  { id: 'r18-drop-2', kind: 'dropped-sentence', paragraph: 8, replace: [['예전엔 6시 20분에 집을 나섰어요. ', '']] },
  {
    id: 'r18-drop-3',
    kind: 'dropped-sentence',
    paragraph: 12,
    replace: [[' 서울을 둘러싼 경기도의 인구는 1370만 명이며, 이 가운데 약 130만 명이 매일 서울로 출퇴근한다.', '']],
  },
  {
    id: 'r18-drop-4',
    kind: 'dropped-sentence',
    paragraph: 18,
    replace: [
      ['시간이다. 새 노선이 40분을 아껴 준다면 웬만한 요금 인상으로 사람들이 다시 자가용으로 돌아가는 일은 드물다”고', '시간이다”라고'],
    ],
  },
  { id: 'r18-drop-5', kind: 'dropped-sentence', paragraph: 19, replace: [[' 시가 4년 전 중단한 서비스다.', '']] },
  { id: 'r18-drop-6', kind: 'dropped-sentence', paragraph: 22, replace: [['임 씨의 셈법은 간단하다. ', '']] },
  {
    id: 'r18-drop-7',
    kind: 'dropped-sentence',
    paragraph: 20,
    replace: [[' 야당 의원들은 75원씩 두 단계에 걸쳐 올리자는 안을 냈으나 시의회는 이를 받아들이지 않았다.', '']],
  },

  // Numbers: the new fare written as the old bus fare (a number the paragraph already has), a
  // decimal point moved (10.7% → 1.07%), a zero lost inside 조/억 (7조300억), metres turned into
  // kilometres in a range, two vote counts swapped, “by nine” (a word in the English) as 8시, digits
  // transposed before a counter (196량 → 169량), a decimal point lost before a unit (1.2t → 12t), a
  // native ordinal day count changed (이틀째 → 사흘째).
  { id: 'r18-number-1', kind: 'numbers', paragraph: 1, replace: [['1550원으로', '1500원으로']] },
  { id: 'r18-number-2', kind: 'numbers', paragraph: 2, replace: [['약 10.7%인', '약 1.07%인']] },
  { id: 'r18-number-3', kind: 'numbers', paragraph: 3, replace: [['7조3000억 원', '7조300억 원']] },
  { id: 'r18-number-4', kind: 'numbers', paragraph: 5, replace: [['40~50m', '40~50㎞']] },
  { id: 'r18-number-5', kind: 'numbers', paragraph: 20, replace: [['찬성 68표, 반대 31표', '찬성 31표, 반대 68표']] },
  { id: 'r18-number-6', kind: 'numbers', paragraph: 8, replace: [['9시까지', '8시까지']] },
  { id: 'r18-number-7', kind: 'numbers', paragraph: 21, replace: [['196량을', '169량을']] },
  { id: 'r18-number-8', kind: 'numbers', paragraph: 17, replace: [['약 1.2t', '약 12t']] },
  { id: 'r18-number-9', kind: 'numbers', paragraph: 14, replace: [['이틀째인 1일', '사흘째인 1일']] },

  // Speech levels: 반말 -이야 in the narration, the transport chief's 합쇼체 promise turned into a
  // 해요체 -ㄹ게요, the commuter's 해요체 quote switching to 합쇼체 in its first sentence, the analyst's
  // 해라체 quote switching to 합쇼체 in its first sentence, 해요체 -네요 in the narration, 합쇼체 on an
  // adjective in the narration.
  { id: 'r18-speech-1', kind: 'speech-level', paragraph: 7, replace: [['4450원이다.', '4450원이야.']] },
  { id: 'r18-speech-2', kind: 'speech-level', paragraph: 21, replace: [['공개하겠습니다”라고', '공개할게요”라고']] },
  { id: 'r18-speech-3', kind: 'speech-level', paragraph: 8, replace: [['집을 나섰어요.', '집을 나섰습니다.']] },
  { id: 'r18-speech-4', kind: 'speech-level', paragraph: 18, replace: [['시간이다.', '시간입니다.']] },
  { id: 'r18-speech-5', kind: 'speech-level', paragraph: 15, replace: [['늦어졌다.', '늦어졌네요.']] },
  { id: 'r18-speech-6', kind: 'speech-level', paragraph: 22, replace: [['셈법은 간단하다.', '셈법은 간단합니다.']] },

  // Names lost: Lim written 림 (the romanisation read literally), Gwak as the rare surname 궉, Seong
  // misread as 승 (not in the glossary), Rhee as the northern 리, a given name's vowel changed (민재 →
  // 민제), the analyst's surname dropped and her given name kept, the transport chief replaced by the
  // city as the subject of his announcement.
  { id: 'r18-name-1', kind: 'name-lost', paragraph: 8, replace: [['임서연(34) 씨는', '림서연(34) 씨는']] },
  { id: 'r18-name-2', kind: 'name-lost', paragraph: 10, replace: [['곽태훈', '궉태훈']] },
  { id: 'r18-name-3', kind: 'name-lost', paragraph: 11, replace: [['성혜원', '승혜원']] },
  { id: 'r18-name-4', kind: 'name-lost', paragraph: 12, replace: [['이정호', '리정호']] },
  { id: 'r18-name-5', kind: 'name-lost', paragraph: 3, replace: [['유민재', '유민제']] },
  { id: 'r18-name-6', kind: 'name-lost', paragraph: 18, replace: [['클레어 뒤부아 선임분석관은', '클레어 선임분석관은']] },
  { id: 'r18-name-7', kind: 'name-lost', paragraph: 19, replace: [['유 실장은 내년', '시는 내년']] },
];

export const R18_PROBES: CleanProbe[] = [
  // The operator's full name with its short name in brackets; 가 after the bracketed 코레일.
  { id: 'r18-probe-1', paragraph: 6, replace: [['코레일이', '한국철도공사(코레일)가']] },
  // Fares with thousands separators, as some papers write them.
  { id: 'r18-probe-2', paragraph: 1, replace: [['1400원에서 1550원으로', '1,400원에서 1,550원으로']] },
  // The Latin unit for the ㎞ sign.
  { id: 'r18-probe-3', paragraph: 5, replace: [['82.1㎞를', '82.1km를']] },
  // 오는 before a date in the coming days.
  { id: 'r18-probe-4', paragraph: 11, replace: [['9일 시청 앞에서', '오는 9일 시청 앞에서']] },
  // The transport chief's 합쇼체 quote given in the 해라체 papers use for quoted statements.
  { id: 'r18-probe-5', paragraph: 3, replace: [['없습니다”라고', '없다”고']] },
  // The apposition reordered: province first, then name and title.
  { id: 'r18-probe-6', paragraph: 12, replace: [['이정호 경기도 철도국장은', '경기도 이정호 철도국장은']] },
  // The age after 씨 instead of after the name.
  { id: 'r18-probe-7', paragraph: 8, replace: [['임서연(34) 씨는', '임서연 씨(34)는']] },
  // A space between 만 and the thousands.
  { id: 'r18-probe-8', paragraph: 14, replace: [['약 9만3000명으로', '약 9만 3000명으로']] },
  // CO₂ with the subscript digit.
  { id: 'r18-probe-9', paragraph: 17, replace: [['이산화탄소(CO2)', '이산화탄소(CO₂)']] },
  // A pronoun for the analyst named in the sentence before.
  { id: 'r18-probe-10', paragraph: 18, replace: [['뒤부아 분석관은 이메일에서', '그는 이메일에서']] },
  // Votes counted as the members who cast them.
  {
    id: 'r18-probe-11',
    paragraph: 20,
    replace: [['찬성 68표, 반대 31표, 기권 12표로', '찬성 68명, 반대 31명, 기권 12명으로']],
  },
  // An hour in the native number word.
  { id: 'r18-probe-12', paragraph: 6, replace: [['1시간 넘게', '한 시간 넘게']] },
];
