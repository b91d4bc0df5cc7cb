// Round-7 held-out set of issue #15 (written by the round-7 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// housing-market commentary (housing-curbs.en.txt: record Seoul apartment prices, a new mortgage
// cap, the stressed DSR brought forward, land-transaction permits lifted and reimposed, jeonse,
// an IMF review; events and people invented), its careful Korean translation (housing-curbs.ko.txt,
// 해라체; the land minister and an opposition lawmaker quoted in 합쇼체, a young buyer in 해요체, a
// city councillor, an estate agent and a foreign economist in 해라체; the story is dated Wednesday
// 10 June: on Wednesday → 10일, on Tuesday → 9일, last Saturday → 지난 6일, on June 18 → 18일;
// Ingrid Solberg → 잉그리드 솔베르그, Rahul Anand → 라훌 아난드 by the loanword orthography), 86
// single-error variants of every kind and 12 clean probes. Same format and scoring as ../variants.ts.
// Its first measure is the blind figure in ../README.md.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The project glossary an owner would have confirmed for this article. */
export const R7_TERMS: QaTerm[] = [
  { source: 'Bae Soo-kyung', target: '배수경', kind: 'NAME' },
  { source: 'Choi Da-eun', target: '최다은', kind: 'NAME' },
  { source: 'Ingrid Solberg', target: '잉그리드 솔베르그', kind: 'NAME' },
  { source: 'Korea Real Estate Board', target: '한국부동산원', kind: 'TERM' },
  { source: 'Financial Services Commission', target: '금융위원회', kind: 'TERM' },
  { source: 'KB Kookmin Bank', target: 'KB국민은행', kind: 'TERM' },
];

// Mojibake: UTF-8 bytes read as Windows-1252 (솔베르그), UTF-8 bytes read as ISO-8859-1 with the
// C1 control characters kept (월세는), EUC-KR bytes read as ISO-8859-1 (가계부채).
const MOJI = {
  솔베르그: '\u00ec\u2020\u201d\u00eb\u00b2\u00a0\u00eb\u00a5\u00b4\u00ea\u00b7\u00b8',
  월세는: '\u00ec\u009b\u0094\u00ec\u0084\u00b8\u00eb\u008a\u0094',
  가계부채: '\u00b0\u00a1\u00b0\u00e8\u00ba\u00ce\u00c3\u00a4',
};

export const R7_VARIANTS: Variant[] = [
  // Straight quotes: a single pair in the standfirst, a straight opening with a curly closing, an
  // opening straight quote before a second quoted sentence, a pair around a whole quotation.
  { id: 'r7-squote-1', kind: 'straight-quote', paragraph: 1, replace: [['‘영끌’', "'영끌'"]] },
  { id: 'r7-squote-2', kind: 'straight-quote', paragraph: 5, replace: [['‘영혼까지', "'영혼까지"]] },
  { id: 'r7-squote-3', kind: 'straight-quote', paragraph: 15, replace: [['“지난 6일에는', '"지난 6일에는']] },
  {
    id: 'r7-squote-4',
    kind: 'straight-quote',
    paragraph: 11,
    replace: [
      ['“시가', '"시가'],
      ['버렸다”며', '버렸다"며'],
    ],
  },
  // Repeated words: a modifier, an adverb before a number, a frequency word, a month before a date.
  { id: 'r7-repeat-1', kind: 'repeated-word', paragraph: 14, replace: [['많은 세입자가', '많은 많은 세입자가']] },
  { id: 'r7-repeat-2', kind: 'repeated-word', paragraph: 18, replace: [['약 90%에', '약 약 90%에']] },
  { id: 'r7-repeat-3', kind: 'repeated-word', paragraph: 21, replace: [['매달 갚는 돈은', '매달 매달 갚는 돈은']] },
  { id: 'r7-repeat-4', kind: 'repeated-word', paragraph: 9, replace: [['7월 1일로', '7월 7월 1일로']] },
  // Leftover markup: a strong tag, a named entity, Markdown italics, a closing paragraph tag, a span
  // with an attribute, a Markdown link.
  { id: 'r7-markup-1', kind: 'markup', paragraph: 4, replace: [['KB국민은행에', '<strong>KB국민은행</strong>에']] },
  { id: 'r7-markup-2', kind: 'markup', paragraph: 13, replace: [['선임 이코노미스트는', '선임&nbsp;이코노미스트는']] },
  { id: 'r7-markup-3', kind: 'markup', paragraph: 20, replace: [['연내 추가 대책도', '*연내* 추가 대책도']] },
  { id: 'r7-markup-4', kind: 'markup', paragraph: 10, replace: [['대상을 넓혔다.', '대상을 넓혔다.</p>']] },
  {
    id: 'r7-markup-5',
    kind: 'markup',
    paragraph: 16,
    replace: [['더불어민주당에', '<span class="party">더불어민주당</span>에']],
  },
  {
    id: 'r7-markup-6',
    kind: 'markup',
    paragraph: 22,
    replace: [['연합뉴스가', '[연합뉴스](https://www.yna.co.kr)가']],
  },
  { id: 'r7-fffd-1', kind: 'replacement-char', paragraph: 8, replace: [['면밀히', '면\uFFFD히']] },
  { id: 'r7-fffd-2', kind: 'replacement-char', paragraph: 12, replace: [['21% 줄었다', '21\uFFFD 줄었다']] },
  { id: 'r7-moji-1', kind: 'mojibake', paragraph: 19, replace: [['솔베르그는', `${MOJI.솔베르그}는`]] },
  { id: 'r7-moji-2', kind: 'mojibake', paragraph: 14, replace: [['월세는 이제', `${MOJI.월세는} 이제`]] },
  { id: 'r7-moji-3', kind: 'mojibake', paragraph: 18, replace: [['가계부채가', `${MOJI.가계부채}가`]] },
  // Romanised places, people and institutions left in Latin letters, some glued to Hangul.
  { id: 'r7-latin-1', kind: 'latin-name', paragraph: 6, replace: [['마포구의', 'Mapo구의']] },
  { id: 'r7-latin-2', kind: 'latin-name', paragraph: 15, replace: [['성수동에서', 'Seongsu-dong에서']] },
  { id: 'r7-latin-3', kind: 'latin-name', paragraph: 19, replace: [['대구 아파트값은', 'Daegu 아파트값은']] },
  { id: 'r7-latin-4', kind: 'latin-name', paragraph: 13, replace: [['노르드하운캐피털의', 'Nordhavn Capital의']] },
  { id: 'r7-latin-5', kind: 'latin-name', paragraph: 8, replace: [['안재호 한은 총재는', 'Ahn Jae-ho 한은 총재는']] },
  { id: 'r7-latin-6', kind: 'latin-name', paragraph: 18, replace: [['라훌 아난드 단장은', 'Rahul Anand 단장은']] },
  {
    id: 'r7-latin-7',
    kind: 'latin-name',
    paragraph: 11,
    replace: [['서울시의회 야당 소속', 'Seoul Metropolitan Council 야당 소속']],
  },
  { id: 'r7-latin-8', kind: 'latin-name', paragraph: 3, replace: [['세종에서', 'Sejong에서']] },
  { id: 'r7-latin-9', kind: 'latin-name', paragraph: 22, replace: [['연합뉴스가', 'Yonhap이']] },
  // Particles after nouns no lexicon lists, after a parenthesised acronym, a money amount, a
  // percentage, a counter, a title after a surname.
  { id: 'r7-particle-1', kind: 'particle', paragraph: 2, replace: [['한국부동산원(REB)은', '한국부동산원(REB)는']] },
  { id: 'r7-particle-2', kind: 'particle', paragraph: 3, replace: [['배 장관은', '배 장관는']] },
  { id: 'r7-particle-3', kind: 'particle', paragraph: 4, replace: [['14억3000만 원으로', '14억3000만 원로']] },
  { id: 'r7-particle-4', kind: 'particle', paragraph: 5, replace: [['30대 비중은', '30대 비중는']] },
  { id: 'r7-particle-5', kind: 'particle', paragraph: 7, replace: [['연 2.25%로', '연 2.25%으로']] },
  { id: 'r7-particle-6', kind: 'particle', paragraph: 9, replace: [['비율을 제한하는', '비율를 제한하는']] },
  { id: 'r7-particle-7', kind: 'particle', paragraph: 10, replace: [['약 300곳을', '약 300곳를']] },
  { id: 'r7-particle-8', kind: 'particle', paragraph: 12, replace: [['착공 실적은', '착공 실적는']] },
  { id: 'r7-particle-9', kind: 'particle', paragraph: 14, replace: [['월세로 갈아탔다', '월세으로 갈아탔다']] },
  { id: 'r7-particle-10', kind: 'particle', paragraph: 16, replace: [['골칫거리가 됐다', '골칫거리이 됐다']] },
  { id: 'r7-particle-11', kind: 'particle', paragraph: 21, replace: [['고정금리로', '고정금리으로']] },
  { id: 'r7-particle-12', kind: 'particle', paragraph: 22, replace: [['한은이 이 회의에서', '한은가 이 회의에서']] },
  // Acronyms swapped for a neighbouring real one (DTI for DSR, the board's former name, FSS for FSC).
  { id: 'r7-acronym-1', kind: 'acronym', paragraph: 9, replace: [['(DSR)', '(DTI)']] },
  { id: 'r7-acronym-2', kind: 'acronym', paragraph: 18, replace: [['(GDP)', '(GNP)']] },
  { id: 'r7-acronym-3', kind: 'acronym', paragraph: 2, replace: [['(REB)', '(KAB)']] },
  { id: 'r7-acronym-4', kind: 'acronym', paragraph: 16, replace: [['(PPP)', '(DP)']] },
  { id: 'r7-acronym-5', kind: 'acronym', paragraph: 9, replace: [['(FSC)', '(FSS)']] },
  // One phrase rendered two ways (the first rendering stays elsewhere in the text).
  { id: 'r7-phrase-1', kind: 'phrase-consistency', paragraph: 16, replace: [['생애최초 주택 구입자에게', '첫 주택 구매자에게']] },
  { id: 'r7-phrase-2', kind: 'phrase-consistency', paragraph: 22, replace: [['한은 금융통화위원회는', '한은 통화정책위원회는']] },
  { id: 'r7-phrase-3', kind: 'phrase-consistency', paragraph: 18, replace: [['가계부채가', '가계빚이']] },
  { id: 'r7-phrase-4', kind: 'phrase-consistency', paragraph: 21, replace: [['주택담보대출을 받았고', '모기지를 받았고']] },
  { id: 'r7-phrase-5', kind: 'phrase-consistency', paragraph: 8, replace: [['“주택시장을', '“부동산 시장을']] },
  // Relative time shifted.
  { id: 'r7-time-1', kind: 'relative-time', paragraph: 7, replace: [['올해 두 차례', '지난해 두 차례']] },
  { id: 'r7-time-2', kind: 'relative-time', paragraph: 9, replace: [['내년 1월', '올해 1월']] },
  { id: 'r7-time-3', kind: 'relative-time', paragraph: 20, replace: [['다음 달', '이달']] },
  { id: 'r7-time-4', kind: 'relative-time', paragraph: 6, replace: [['지난달 마포구의', '지난주 마포구의']] },
  { id: 'r7-time-5', kind: 'relative-time', paragraph: 4, replace: [['지난달 서울 아파트', '지난해 서울 아파트']] },
  { id: 'r7-time-6', kind: 'relative-time', paragraph: 20, replace: [['정부는 지난해 재건축', '정부는 재작년 재건축']] },
  // Dropped sentences: a short first one, a middle one, the last one, one inside a quotation, a
  // short closing one inside a quotation, a short first one before figures, a middle one.
  { id: 'r7-drop-1', kind: 'dropped-sentence', paragraph: 12, replace: [['매수 열풍 뒤에는 신규 주택 부족이 있다. ', '']] },
  {
    id: 'r7-drop-2',
    kind: 'dropped-sentence',
    paragraph: 14,
    replace: [[' 전세는 세입자가 매달 월세를 내는 대신 집값의 절반이 넘기도 하는 목돈을 보증금으로 집주인에게 맡기는 제도다.', '']],
  },
  {
    id: 'r7-drop-3',
    kind: 'dropped-sentence',
    paragraph: 9,
    replace: [[' 금융위는 서울 생애최초 주택 구입자의 주택담보대출비율(LTV)도 80%에서 70%로 낮추기로 했다.', '']],
  },
  {
    id: 'r7-drop-4',
    kind: 'dropped-sentence',
    paragraph: 17,
    replace: [['“이 정부는 같은 실수를 세 번이나 저질렀습니다. 시장에', '“시장에']],
  },
  {
    id: 'r7-drop-5',
    kind: 'dropped-sentence',
    paragraph: 15,
    replace: [['계약을 했다. 이런 일은 처음”이라고', '계약을 했다”고']],
  },
  { id: 'r7-drop-6', kind: 'dropped-sentence', paragraph: 19, replace: [['수도권 밖 사정은 딴판이다. ', '']] },
  {
    id: 'r7-drop-7',
    kind: 'dropped-sentence',
    paragraph: 5,
    replace: [[' 상당수는 은행과 부모, 카드사에서 한꺼번에 돈을 빌린다.', '']],
  },
  // Numbers: digits swapped, a magnitude slip, a neighbouring value, an ordinal, a stage number,
  // a day of the month, an age.
  { id: 'r7-number-1', kind: 'numbers', paragraph: 2, replace: [['0.42%', '0.24%']] },
  { id: 'r7-number-2', kind: 'numbers', paragraph: 4, replace: [['28억 원', '2억8000만 원']] },
  { id: 'r7-number-3', kind: 'numbers', paragraph: 7, replace: [['14개월 만에', '13개월 만에']] },
  { id: 'r7-number-4', kind: 'numbers', paragraph: 8, replace: [['7명 가운데 2명은', '7명 가운데 3명은']] },
  { id: 'r7-number-5', kind: 'numbers', paragraph: 10, replace: [['35일 만에', '45일 만에']] },
  { id: 'r7-number-6', kind: 'numbers', paragraph: 21, replace: [['64세까지', '65세까지']] },
  { id: 'r7-number-7', kind: 'numbers', paragraph: 22, replace: [['7월 16일', '7월 6일']] },
  { id: 'r7-number-8', kind: 'numbers', paragraph: 0, replace: [['세 번째', '두 번째']] },
  { id: 'r7-number-9', kind: 'numbers', paragraph: 9, replace: [['3단계', '2단계']] },
  // Speech level: 합쇼체, 해요체, a -음 note ending, 반말, 합쇼체 on the closing sentence and on a
  // copula.
  { id: 'r7-speech-1', kind: 'speech-level', paragraph: 12, replace: [['21% 줄었다.', '21% 줄었습니다.']] },
  { id: 'r7-speech-2', kind: 'speech-level', paragraph: 19, replace: [['딴판이다.', '딴판이에요.']] },
  { id: 'r7-speech-3', kind: 'speech-level', paragraph: 14, replace: [['20개월 연속 올랐다.', '20개월 연속 올랐음.']] },
  { id: 'r7-speech-4', kind: 'speech-level', paragraph: 10, replace: [['비판이 나온다.', '비판이 나와.']] },
  { id: 'r7-speech-5', kind: 'speech-level', paragraph: 22, replace: [['내다봤다.', '내다봤습니다.']] },
  { id: 'r7-speech-6', kind: 'speech-level', paragraph: 5, replace: [['누가 사느냐다.', '누가 사느냐입니다.']] },
  // Names lost: a glossary minister, a glossary name misspelt, a surname replaced by a pronoun, a
  // councillor, a given name dropped at first mention, a lawmaker's given name misspelt, a place
  // dropped from a list, a mission chief folded into his title.
  { id: 'r7-name-1', kind: 'name-lost', paragraph: 3, replace: [['배수경 국토교통부 장관은', '국토교통부 장관은']] },
  { id: 'r7-name-2', kind: 'name-lost', paragraph: 19, replace: [['솔베르그는', '솔버그는']] },
  { id: 'r7-name-3', kind: 'name-lost', paragraph: 21, replace: [['최 씨에게', '그에게']] },
  { id: 'r7-name-4', kind: 'name-lost', paragraph: 11, replace: [['야당 소속 강태민 의원은', '야당 소속 의원은']] },
  { id: 'r7-name-5', kind: 'name-lost', paragraph: 15, replace: [['윤미라 씨는', '윤 씨는']] },
  { id: 'r7-name-6', kind: 'name-lost', paragraph: 17, replace: [['장현우 의원은', '장현호 의원은']] },
  { id: 'r7-name-7', kind: 'name-lost', paragraph: 10, replace: [['잠실·삼성·대치·청담동', '잠실·삼성·청담동']] },
  { id: 'r7-name-8', kind: 'name-lost', paragraph: 18, replace: [['협의단을 이끈 라훌 아난드 단장은', '협의단장은']] },
];

/** Changes that are NOT errors: romanised glosses, a Latin unit, an acronym left out, glossed in
 *  English or used alone, a weekday kept, 오는 before a date, 천 in an amount, a comma in a large
 *  number, next month written as the month. */
export const R7_PROBES: CleanProbe[] = [
  { id: 'r7-ok-person-gloss', paragraph: 13, replace: [['잉그리드 솔베르그 선임', '잉그리드 솔베르그(Ingrid Solberg) 선임']] },
  { id: 'r7-ok-unit-latin', paragraph: 4, replace: [['84㎡', '84m²']] },
  { id: 'r7-ok-acronym-left-out', paragraph: 2, replace: [['한국부동산원(REB)은', '한국부동산원은']] },
  { id: 'r7-ok-acronym-expanded', paragraph: 9, replace: [['(DSR)', '(DSR·Debt Service Ratio)']] },
  { id: 'r7-ok-weekday-kept', paragraph: 15, replace: [['지난 6일에는', '지난 토요일에는']] },
  { id: 'r7-ok-coming-date', paragraph: 22, replace: [['부동산원은 18일', '부동산원은 오는 18일']] },
  { id: 'r7-ok-cheon', paragraph: 6, replace: [['8000만 원', '8천만 원']] },
  { id: 'r7-ok-romanised-gloss', paragraph: 5, replace: [['‘영끌’이다', '‘영끌(young-kkeul)’이다']] },
  { id: 'r7-ok-company-gloss', paragraph: 13, replace: [['노르드하운캐피털의', '노르드하운캐피털(Nordhavn Capital)의']] },
  { id: 'r7-ok-month-named', paragraph: 20, replace: [['다음 달', '7월']] },
  { id: 'r7-ok-acronym-alone', paragraph: 18, replace: [['국제통화기금(IMF)은', 'IMF는']] },
  { id: 'r7-ok-number-comma', paragraph: 7, replace: [['1930조 원', '1,930조 원']] },
];
