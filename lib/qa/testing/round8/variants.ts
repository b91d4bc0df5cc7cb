// Round-8 held-out set of issue #15 (written by the round-8 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// shipbuilding commentary (lng-order.en.txt: a Greek owner orders 12 LNG carriers from a Korean
// yard, Chinese yards closing the gap, export financing, a labour shortage and wage talks, steel
// plate prices, the IMO carbon price; events, companies and people invented), its careful Korean
// translation (lng-order.ko.txt, 해라체; the trade minister quoted in 합쇼체, a welder in 해요체, the
// Greek owner, a Norwegian analyst, a union leader and a professor in 해라체; the story is dated
// Tuesday 17 November: on Tuesday → 17일, on Monday → 16일, in September → 지난 9월, due in December
// → 12월, on Nov. 26 → 26일; Eleni Karamanli → 엘레니 카라만리, Lars Haugen → 라르스 하우겐 by the
// loanword orthography), 90 single-error variants of every kind and 11 clean probes. Same format and
// scoring as ../variants.ts. Its first measure is the blind figure in ../README.md.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The project glossary an owner would have confirmed for this article. */
export const R8_TERMS: QaTerm[] = [
  { source: 'Seo Jae-won', target: '서재원', kind: 'NAME' },
  { source: 'Eleni Karamanli', target: '엘레니 카라만리', kind: 'NAME' },
  { source: 'Hanbada Heavy Industries', target: '한바다중공업', kind: 'TERM' },
  { source: 'Aegean Meridian Shipping', target: '에게메리디안해운', kind: 'TERM' },
  { source: 'Export-Import Bank of Korea', target: '한국수출입은행', kind: 'TERM' },
  { source: 'International Maritime Organization', target: '국제해사기구', kind: 'TERM' },
];

// Mojibake: UTF-8 bytes read as Windows-1252 (한바다중공업), EUC-KR bytes read as Windows-1252
// (후판은), UTF-8 bytes read as Mac Roman (통영에), UTF-8 bytes read as Windows-1250 (용접공).
const MOJI = {
  한바다중공업: '\u00ed\u2022\u0153\u00eb\u00b0\u201d\u00eb\u2039\u00a4\u00ec\u00a4\u2018\u00ea\u00b3\u00b5\u00ec\u2014\u2026',
  후판은: '\u00c8\u00c4\u00c6\u00c7\u00c0\u00ba',
  통영에: '\u00cc\u00dc\u00b5\u00cf\u00f2\u00c5\u00cf\u00f3\u00ea',
  용접공: '\u011b\u0161\u00a9\u011b\u00a0\u2018\u0119\u0142\u00b5',
};

export const R8_VARIANTS: Variant[] = [
  // Straight quotes: an opening straight double quote before curly text, a straight pair around a
  // 해요체 quotation, straight single quotes for a whole quotation, a straight closing quote only.
  { id: 'r8-squote-1', kind: 'straight-quote', paragraph: 3, replace: [['“이번 계약은', '"이번 계약은']] },
  {
    id: 'r8-squote-2',
    kind: 'straight-quote',
    paragraph: 12,
    replace: [
      ['“젊은', '"젊은'],
      ['해요”라며', '해요"라며'],
    ],
  },
  {
    id: 'r8-squote-3',
    kind: 'straight-quote',
    paragraph: 21,
    replace: [
      ['“배는', "'배는"],
      ['것”이라고', "것'이라고"],
    ],
  },
  { id: 'r8-squote-4', kind: 'straight-quote', paragraph: 14, replace: [['배제하지 않는다”고', '배제하지 않는다"고']] },
  // Repeated words: an adverb, a time noun, a degree adverb, a noun before a particle-bearing copy
  // of itself, a noun in a compound phrase.
  { id: 'r8-repeat-1', kind: 'repeated-word', paragraph: 7, replace: [['크게 앞섰다', '크게 크게 앞섰다']] },
  { id: 'r8-repeat-2', kind: 'repeated-word', paragraph: 11, replace: [['현재 생산', '현재 현재 생산']] },
  { id: 'r8-repeat-3', kind: 'repeated-word', paragraph: 16, replace: [['더 올리려', '더 더 올리려']] },
  { id: 'r8-repeat-4', kind: 'repeated-word', paragraph: 2, replace: [['거제 조선소에서', '거제 조선소 조선소에서']] },
  { id: 'r8-repeat-5', kind: 'repeated-word', paragraph: 19, replace: [['정부 대책에는', '정부 정부 대책에는']] },
  // Leftover markup: an emphasis tag, a named entity for an opening quote, a self-closing line
  // break, Markdown bold around an acronym phrase, a font tag from a word processor, a named entity
  // for a superscript unit.
  { id: 'r8-markup-1', kind: 'markup', paragraph: 9, replace: [['코스피는', '<em>코스피</em>는']] },
  { id: 'r8-markup-2', kind: 'markup', paragraph: 5, replace: [['“중국 측', '&ldquo;중국 측']] },
  { id: 'r8-markup-3', kind: 'markup', paragraph: 13, replace: [['7.5% 인상과', '7.5%<br/> 인상과']] },
  { id: 'r8-markup-4', kind: 'markup', paragraph: 17, replace: [['국제해사기구(IMO)는', '**국제해사기구(IMO)**는']] },
  {
    id: 'r8-markup-5',
    kind: 'markup',
    paragraph: 22,
    replace: [['26일 발표한다', '<font color="#ff0000">26일</font> 발표한다']],
  },
  { id: 'r8-markup-6', kind: 'markup', paragraph: 4, replace: [['17만4000㎥', '17만4000m&sup3;']] },
  { id: 'r8-fffd-1', kind: 'replacement-char', paragraph: 20, replace: [['강혜린 교수는', '강\uFFFD린 교수는']] },
  { id: 'r8-fffd-2', kind: 'replacement-char', paragraph: 13, replace: [['11차 교섭을', '11차 교\uFFFD을']] },
  { id: 'r8-moji-1', kind: 'mojibake', paragraph: 22, replace: [['한바다중공업은', `${MOJI.한바다중공업}은`]] },
  { id: 'r8-moji-2', kind: 'mojibake', paragraph: 16, replace: [['후판은 LNG', `${MOJI.후판은} LNG`]] },
  { id: 'r8-moji-3', kind: 'mojibake', paragraph: 18, replace: [['통영에 신규', `${MOJI.통영에} 신규`]] },
  { id: 'r8-moji-4', kind: 'mojibake', paragraph: 19, replace: [['외국인 용접공 비자', `외국인 ${MOJI.용접공} 비자`]] },
  // Romanised places, people, companies and institutions left in Latin letters, glued to a
  // particle or standing before a Korean noun.
  { id: 'r8-latin-1', kind: 'latin-name', paragraph: 11, replace: [['베트남·네팔·우즈베키스탄', '베트남·Nepal·우즈베키스탄']] },
  { id: 'r8-latin-2', kind: 'latin-name', paragraph: 18, replace: [['통영에 신규', 'Tongyeong에 신규']] },
  { id: 'r8-latin-3', kind: 'latin-name', paragraph: 8, replace: [['노르카프십브로킹의', 'Nordkapp Shipbroking의']] },
  {
    id: 'r8-latin-4',
    kind: 'latin-name',
    paragraph: 20,
    replace: [['부산대 산업경제학과', 'Pusan National University 산업경제학과']],
  },
  { id: 'r8-latin-5', kind: 'latin-name', paragraph: 12, replace: [['박상민(52) 씨는', 'Park Sang-min(52) 씨는']] },
  { id: 'r8-latin-6', kind: 'latin-name', paragraph: 7, replace: [['클락슨은', 'Clarksons는']] },
  { id: 'r8-latin-7', kind: 'latin-name', paragraph: 16, replace: [['포스코와 현대제철은', '포스코와 Hyundai Steel은']] },
  { id: 'r8-latin-8', kind: 'latin-name', paragraph: 2, replace: [['거제 조선소에서', 'Geoje 조선소에서']] },
  {
    id: 'r8-latin-9',
    kind: 'latin-name',
    paragraph: 5,
    replace: [['엘레니 카라만리 최고경영자는', 'Eleni Karamanli 최고경영자는']],
  },
  // Particles after a company name, a loan noun, a percentage, an abstract noun, a loanword
  // brand, an acronym read with a closing consonant, a Sino-Korean noun, a title, a material,
  // a compound noun, a Korean noun before 으로, a one-syllable noun, an amount noun.
  { id: 'r8-particle-1', kind: 'particle', paragraph: 2, replace: [['한바다중공업은 17일', '한바다중공업는 17일']] },
  { id: 'r8-particle-2', kind: 'particle', paragraph: 4, replace: [['이중연료 엔진을', '이중연료 엔진를']] },
  { id: 'r8-particle-3', kind: 'particle', paragraph: 6, replace: [['70%를 넘었다', '70%을 넘었다']] },
  { id: 'r8-particle-4', kind: 'particle', paragraph: 7, replace: [['격차는 좁혀지고', '격차은 좁혀지고']] },
  { id: 'r8-particle-5', kind: 'particle', paragraph: 9, replace: [['코스피는', '코스피은']] },
  { id: 'r8-particle-6', kind: 'particle', paragraph: 10, replace: [['(KEXIM)과', '(KEXIM)와']] },
  { id: 'r8-particle-7', kind: 'particle', paragraph: 11, replace: [['인력은 2만1000명', '인력는 2만1000명']] },
  { id: 'r8-particle-8', kind: 'particle', paragraph: 14, replace: [['오병철 지회장은', '오병철 지회장는']] },
  { id: 'r8-particle-9', kind: 'particle', paragraph: 16, replace: [['후판은 LNG', '후판는 LNG']] },
  { id: 'r8-particle-10', kind: 'particle', paragraph: 13, replace: [['4.1% 인상을', '4.1% 인상를']] },
  { id: 'r8-particle-11', kind: 'particle', paragraph: 17, replace: [['암모니아 연료로', '암모니아 연료으로']] },
  { id: 'r8-particle-12', kind: 'particle', paragraph: 12, replace: [['이 일을 안', '이 일를 안']] },
  { id: 'r8-particle-13', kind: 'particle', paragraph: 22, replace: [['수주액이', '수주액가']] },
  // Acronyms swapped for a neighbouring real one.
  { id: 'r8-acronym-1', kind: 'acronym', paragraph: 10, replace: [['(K-SURE)', '(KOTRA)']] },
  { id: 'r8-acronym-2', kind: 'acronym', paragraph: 17, replace: [['(IMO)', '(IMF)']] },
  { id: 'r8-acronym-3', kind: 'acronym', paragraph: 10, replace: [['(OECD)', '(OPEC)']] },
  { id: 'r8-acronym-4', kind: 'acronym', paragraph: 10, replace: [['(KEXIM)', '(KDB)']] },
  // One phrase rendered two ways (the first rendering stays elsewhere in the text): chief
  // executive, welders, yard, delivered, owners, LNG carrier.
  { id: 'r8-phrase-1', kind: 'phrase-consistency', paragraph: 18, replace: [['한바다중공업 최고경영자는', '한바다중공업 대표이사는']] },
  { id: 'r8-phrase-2', kind: 'phrase-consistency', paragraph: 14, replace: [['용접공들은', '용접사들은']] },
  { id: 'r8-phrase-3', kind: 'phrase-consistency', paragraph: 11, replace: [['문제는 조선소 안에', '문제는 야드 안에']] },
  { id: 'r8-phrase-4', kind: 'phrase-consistency', paragraph: 21, replace: [['배는 언제나 인도됐다', '배는 언제나 납품됐다']] },
  { id: 'r8-phrase-5', kind: 'phrase-consistency', paragraph: 17, replace: [['일부 선주는', '일부 선사는']] },
  { id: 'r8-phrase-6', kind: 'phrase-consistency', paragraph: 16, replace: [['LNG 운반선 건조 비용', 'LNG선 건조 비용']] },
  // Relative time shifted.
  { id: 'r8-time-1', kind: 'relative-time', paragraph: 3, replace: [['다음 달 조선업', '이달 조선업']] },
  { id: 'r8-time-2', kind: 'relative-time', paragraph: 4, replace: [['지난해 세운', '올해 세운']] },
  { id: 'r8-time-3', kind: 'relative-time', paragraph: 7, replace: [['클락슨은 지난주', '클락슨은 지난달']] },
  { id: 'r8-time-4', kind: 'relative-time', paragraph: 15, replace: [['내년 하반기', '올해 하반기']] },
  { id: 'r8-time-5', kind: 'relative-time', paragraph: 18, replace: [['이달 초', '지난달 초']] },
  { id: 'r8-time-6', kind: 'relative-time', paragraph: 9, replace: [['연초부터', '지난해 초부터']] },
  // Dropped sentences: a short first one, a middle one, the last one, a short one inside a
  // quotation, the first of two in a quotation, a short middle one, a short last one.
  { id: 'r8-drop-1', kind: 'dropped-sentence', paragraph: 7, replace: [['하지만 격차는 좁혀지고 있다. ', '']] },
  {
    id: 'r8-drop-2',
    kind: 'dropped-sentence',
    paragraph: 11,
    replace: [[' 회사는 수천 명의 용접공이 건설 현장과 공장으로 떠난 2010년대 불황 이후 일손을 채우는 데 애를 먹어 왔다.', '']],
  },
  {
    id: 'r8-drop-3',
    kind: 'dropped-sentence',
    paragraph: 9,
    replace: [[' 투자자들은 미국이 자국 해군 조선소 재건에 한국 기업의 도움을 구하겠다고 밝힌 연초부터 조선주에 베팅해 왔다.', '']],
  },
  {
    id: 'r8-drop-4',
    kind: 'dropped-sentence',
    paragraph: 8,
    replace: [['앞서 있다. 의심의 여지가 없다”며', '앞서 있다”며']],
  },
  {
    id: 'r8-drop-5',
    kind: 'dropped-sentence',
    paragraph: 20,
    replace: [['“수주는 쉬운 일이다. 배를', '“배를']],
  },
  { id: 'r8-drop-6', kind: 'dropped-sentence', paragraph: 9, replace: [[' 다른 조선사 주가도 함께 올랐다.', '']] },
  { id: 'r8-drop-7', kind: 'dropped-sentence', paragraph: 15, replace: [[' 정확한 금액은 공개되지 않았다.', '']] },
  // Numbers: a converted amount, swapped digits in a volume and a price, a ratio, an ordinal, a
  // magnitude slip in a per-tonne price, a year, a day of the month, a duration.
  { id: 'r8-number-1', kind: 'numbers', paragraph: 2, replace: [['(31억 달러)', '(13억 달러)']] },
  { id: 'r8-number-2', kind: 'numbers', paragraph: 4, replace: [['17만4000㎥', '14만7000㎥']] },
  { id: 'r8-number-3', kind: 'numbers', paragraph: 9, replace: [['3만1450원', '3만1540원']] },
  { id: 'r8-number-4', kind: 'numbers', paragraph: 11, replace: [['5명 가운데 1명꼴로', '4명 가운데 1명꼴로']] },
  { id: 'r8-number-5', kind: 'numbers', paragraph: 13, replace: [['11차 교섭', '12차 교섭']] },
  { id: 'r8-number-6', kind: 'numbers', paragraph: 16, replace: [['t당 3만 원', 't당 30만 원']] },
  { id: 'r8-number-7', kind: 'numbers', paragraph: 17, replace: [['2028년부터 시행', '2027년부터 시행']] },
  { id: 'r8-number-8', kind: 'numbers', paragraph: 22, replace: [['26일 발표한다', '25일 발표한다']] },
  { id: 'r8-number-9', kind: 'numbers', paragraph: 18, replace: [['3년간', '5년간']] },
  // Speech level: 합쇼체 on a verb and on a copula, 해요체, 반말, -죠, a -음 note ending.
  { id: 'r8-speech-1', kind: 'speech-level', paragraph: 6, replace: [['70%를 넘었다.', '70%를 넘었습니다.']] },
  { id: 'r8-speech-2', kind: 'speech-level', paragraph: 11, replace: [['우즈베키스탄 출신이다.', '우즈베키스탄 출신입니다.']] },
  { id: 'r8-speech-3', kind: 'speech-level', paragraph: 16, replace: [['5분의 1을 차지한다.', '5분의 1을 차지해요.']] },
  { id: 'r8-speech-4', kind: 'speech-level', paragraph: 19, replace: [['담길 것으로 보인다.', '담길 것으로 보여.']] },
  { id: 'r8-speech-5', kind: 'speech-level', paragraph: 17, replace: [['달라고 요청했다.', '달라고 요청했죠.']] },
  { id: 'r8-speech-6', kind: 'speech-level', paragraph: 10, replace: [['따랐다고 설명했다.', '따랐다고 설명했음.']] },
  // Names lost: a glossary minister, a glossary name cut to its surname at first mention, an
  // analyst folded into his title, a welder reduced to his surname, a union leader reduced to his
  // surname at first mention, a chief executive dropped, a professor's given name misspelt, a
  // steelmaker dropped from a pair, a named owner replaced by “this company's”.
  { id: 'r8-name-1', kind: 'name-lost', paragraph: 3, replace: [['서재원 산업통상자원부 장관은', '산업통상자원부 장관은']] },
  { id: 'r8-name-2', kind: 'name-lost', paragraph: 5, replace: [['엘레니 카라만리 최고경영자는', '카라만리 최고경영자는']] },
  { id: 'r8-name-3', kind: 'name-lost', paragraph: 8, replace: [['라르스 하우겐 리서치 책임자는', '리서치 책임자는']] },
  { id: 'r8-name-4', kind: 'name-lost', paragraph: 12, replace: [['용접공 박상민(52) 씨는', '용접공 박(52) 씨는']] },
  { id: 'r8-name-5', kind: 'name-lost', paragraph: 14, replace: [['오병철 지회장은', '오 지회장은']] },
  { id: 'r8-name-6', kind: 'name-lost', paragraph: 18, replace: [['황민서 한바다중공업 최고경영자는', '한바다중공업 최고경영자는']] },
  { id: 'r8-name-7', kind: 'name-lost', paragraph: 20, replace: [['강혜린 교수는', '강혜진 교수는']] },
  { id: 'r8-name-8', kind: 'name-lost', paragraph: 16, replace: [['포스코와 현대제철은', '포스코는']] },
  { id: 'r8-name-9', kind: 'name-lost', paragraph: 21, replace: [['카라만리 최고경영자는', '이 회사 최고경영자는']] },
];

/** Changes that are NOT errors: an acronym used alone, a Latin unit, romanised glosses of a
 *  person, a glossary company and a shipbroker, 오는 before a date, 톤 spelt out, an index kept
 *  in Latin as the source writes it, percent spelt out, CGT as a unit, December written as next
 *  month (the story is dated November). */
export const R8_PROBES: CleanProbe[] = [
  { id: 'r8-ok-acronym-alone', paragraph: 17, replace: [['국제해사기구(IMO)는', 'IMO는']] },
  { id: 'r8-ok-unit-latin', paragraph: 4, replace: [['17만4000㎥', '17만4000m³']] },
  { id: 'r8-ok-person-gloss', paragraph: 8, replace: [['라르스 하우겐 리서치', '라르스 하우겐(Lars Haugen) 리서치']] },
  {
    id: 'r8-ok-company-gloss',
    paragraph: 2,
    replace: [['에게메리디안해운으로부터', '에게메리디안해운(Aegean Meridian Shipping)으로부터']],
  },
  { id: 'r8-ok-coming-date', paragraph: 22, replace: [['26일 발표한다', '오는 26일 발표한다']] },
  { id: 'r8-ok-ton-spelt', paragraph: 16, replace: [['t당', '톤당']] },
  { id: 'r8-ok-index-latin', paragraph: 9, replace: [['코스피는', 'KOSPI는']] },
  { id: 'r8-ok-percent-spelt', paragraph: 13, replace: [['4.1% 인상을', '4.1퍼센트 인상을']] },
  { id: 'r8-ok-broker-gloss', paragraph: 7, replace: [['클락슨은', '클락슨(Clarksons)은']] },
  { id: 'r8-ok-cgt-unit', paragraph: 6, replace: [['1720만 표준선환산톤수(CGT)를', '1720만CGT를']] },
  { id: 'r8-ok-month-as-next', paragraph: 19, replace: [['12월 발표될', '다음 달 발표될']] },
];
