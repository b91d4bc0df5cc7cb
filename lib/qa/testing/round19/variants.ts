// Round-19 held-out set of issue #15 (written by the round-19 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// social-policy news story (birth-rate.en.txt, dated Thursday 3 December 2026: the National Assembly
// passes a parental-leave and childcare bill as the total fertility rate falls to 0.72; a freight
// firm's four-day-week pilot; a headline, a standfirst and 21 body paragraphs; the labour minister
// Jung Hae-won(정해원) (Jung → 정), the demographer Bae Sun-young(배순영) (Bae → 배), the KDI fellow
// Choi Dong-wook(최동욱) (Choi → 최), the young parents Noh Ji-hye(노지혜) (Noh → 노) and Oh
// Seung-min(오승민) (Oh → 오) with their Hangul in brackets; Kang Min-seok and the Swedish researcher
// Karin Bergström written in Hangul; OECD, TFR, KDI, NPS, GDP, PPP; 0.72명, 17만1400명, 100만/250만/
// 120만/80만 원, 4조2000억 원, 380조 원, 38억 원, 4.1%, 31.6%, 29.8%포인트, 0.5%포인트, a vote of 181
// to 12 with 9 abstentions, a range (0.04~0.06명), fractions (3분의 1, 4분의 1); on Thursday → 3일, on
// Wednesday → 2일, last Friday → 지난달 27일 (across the month boundary), Monday, Dec. 14 → 14일(월),
// July 1 next year, Jan. 1 → 내년 1월 1일; this year, last year, last month, next month, next week,
// next year, within the year → 연내, the first half of next year → 내년 상반기, later this month → 이달
// 하순; events, the firm and people invented, real institutions named as names only) and its careful
// Korean newspaper translation (birth-rate.ko.txt: 해라체 narration, a noun-ending headline; the
// minister quoted in 합쇼체, the young mother in 해요체, the demographer, the economist, the chief
// executive and the Swedish researcher in the 해라체 Korean papers use for quoted statements; after
// the first mention 정 장관, 배 교수, 최 연구위원, 강 대표, 노 씨), 90 single-error variants of every
// kind and 12 clean probes. Same format and scoring as ../variants.ts. Written before any check was
// run on it, committed alone.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this story (not every person named is in it). */
export const R19_TERMS: QaTerm[] = [
  { source: 'Jung Hae-won', target: '정해원', kind: 'NAME' },
  { source: 'Bae Sun-young', target: '배순영', kind: 'NAME' },
  { source: 'Choi Dong-wook', target: '최동욱', kind: 'NAME' },
  { source: 'Noh Ji-hye', target: '노지혜', kind: 'NAME' },
  { source: 'Oh Seung-min', target: '오승민', kind: 'NAME' },
  { source: 'Karin Bergström', target: '카린 베리스트룀', kind: 'NAME' },
  { source: 'Statistics Korea', target: '통계청', kind: 'TERM' },
  { source: 'Korea Development Institute', target: '한국개발연구원', kind: 'TERM' },
  { source: 'National Pension Service', target: '국민연금공단', kind: 'TERM' },
  { source: 'National Assembly Budget Office', target: '국회예산정책처', kind: 'TERM' },
  { source: 'Daon Logistics', target: '다온로지스틱스', kind: 'TERM' },
  { source: 'total fertility rate', target: '합계출산율', kind: 'TERM' },
];

/** A variant with a note saying what is wrong (the scorer reads only the Variant fields). */
type NotedVariant = Variant & { note: string };
type NotedProbe = CleanProbe & { note: string };

const v = (id: string, kind: Variant['kind'], paragraph: number, from: string, to: string, note: string): NotedVariant => ({
  id,
  kind,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R19_VARIANTS: NotedVariant[] = [
  v(
    'r19-squote-1',
    'straight-quote',
    1,
    '“돈만으로는',
    '"돈만으로는',
    'straight opening double quote in the standfirst, curly closing kept',
  ),
  v(
    'r19-squote-2',
    'straight-quote',
    8,
    '약속입니다”라고',
    '약속입니다"라고',
    'straight closing double quote after 합쇼체 speech before 라고',
  ),
  v('r19-squote-3', 'straight-quote', 0, '‘역대 최저’', "'역대 최저'", 'a balanced pair of straight single quotes in the headline'),
  v('r19-squote-4', 'straight-quote', 16, '것”이라고', '것"이라고', 'straight closing double quote before the copula 이라고'),
  v(
    'r19-squote-5',
    'straight-quote',
    18,
    '모르겠어요”라고',
    '모르겠어요"라고',
    'straight closing double quote after 해요체 speech in the second quote',
  ),

  v('r19-repeat-1', 'repeated-word', 6, '첫 6개월 동안', '첫 첫 6개월 동안', 'the determiner 첫 doubled before a count'),
  v('r19-repeat-2', 'repeated-word', 11, '크게 못 미친다', '크게 크게 못 미친다', 'an adverb doubled before a negated verb'),
  v(
    'r19-repeat-3',
    'repeated-word',
    13,
    '생산연령인구가',
    '생산연령인구가 생산연령인구가',
    'a long compound subject doubled with its particle',
  ),
  v('r19-repeat-4', 'repeated-word', 17, '내년 3월', '내년 내년 3월', 'a time noun doubled before a month'),
  v('r19-repeat-5', 'repeated-word', 19, '그는 “단 하나의', '그는 그는 “단 하나의', 'a pronoun subject doubled before an opening quote'),

  // Markup from Word, Google Docs and RTF exports and from tracked changes, none used before.
  v(
    'r19-markup-1',
    'markup',
    3,
    '시행된다.',
    '시행된다.<o:p></o:p>',
    'Word HTML export: an empty Office paragraph tag after the last sentence',
  ),
  v(
    'r19-markup-2',
    'markup',
    6,
    '통상임금의 100%를',
    '<span style="font-weight:700">통상임금의 100%를</span>',
    'an inline-styled span from a Google Docs paste around a phrase',
  ),
  v(
    'r19-markup-3',
    'markup',
    12,
    '0.04~0.06명',
    '<b style="font-weight:normal;" id="docs-internal-guid-7c1e2f4a-7fff-3b21-8d55-0a1b2c3d4e5f">0.04~0.06명</b>',
    'the Google Docs clipboard wrapper <b id="docs-internal-guid-…"> left around a figure',
  ),
  v('r19-markup-4', 'markup', 3, '찬성 181표', '{\\b 찬성 181표}', 'an RTF bold group {\\b …} left from a Word RTF export'),
  v(
    'r19-markup-5',
    'markup',
    15,
    '4분의 1 줄었으며',
    '<ins cite="mailto:desk" datetime="2026-12-03T09:12">4분의 1 줄었으며</ins>',
    'a tracked-change insertion tag kept from a reviewed draft',
  ),
  v('r19-markup-6', 'markup', 1, '유급휴직·양육수당', '유급휴직&middot;양육수당', 'the middle dot left as the named entity &middot;'),
  v(
    'r19-markup-7',
    'markup',
    22,
    '첫 추계를',
    '<span class="c7">첫 추계를</span>',
    'a Google Docs export span with a generated class name',
  ),

  v('r19-fffd-1', 'replacement-char', 7, '월 120만 원을', '월 120만 \uFFFD을', 'the unit 원 lost to U+FFFD after an amount'),
  v(
    'r19-fffd-2',
    'replacement-char',
    0,
    '출산율 0.72명 ‘역대',
    '출산율 0.72\uFFFD ‘역대',
    'the counter 명 lost after a decimal in the headline',
  ),
  v('r19-fffd-3', 'replacement-char', 20, '0.5%포인트', '0.5%\uFFFD\uFFFD트', 'two syllables of %포인트 lost'),
  v('r19-fffd-4', 'replacement-char', 1, '유급휴직·양육수당', '유급휴직\uFFFD양육수당', 'the middle dot between two nouns lost'),
  v('r19-fffd-5', 'replacement-char', 15, '4분의 1', '4\uFFFD의 1', 'the syllable 분 of a fraction lost'),

  v('r19-moji-1', 'mojibake', 21, '세액공제를', MOJI.세액공제를, 'UTF-8 read as Windows-1250 (Central European)'),
  v('r19-moji-2', 'mojibake', 13, '생산연령인구가', MOJI.생산연령인구가, 'UTF-8 read as Windows-1251 (Cyrillic)'),
  v(
    'r19-moji-3',
    'mojibake',
    19,
    '카린 베리스트룀 스톡홀름대',
    `카린 ${MOJI.베리스트룀} 스톡홀름대`,
    'UTF-8 read as Windows-1254 (Turkish)',
  ),
  v('r19-moji-4', 'mojibake', 9, '공공임대주택을', MOJI.공공임대주택을, 'UTF-8 read as DOS code page 850 (box drawing, accented Latin)'),
  v('r19-moji-5', 'mojibake', 2, '월 양육수당을', `월 ${MOJI.양육수당을}`, 'UTF-8 read as Mac Central European'),
  v('r19-moji-6', 'mojibake', 20, '국회예산정책처에', MOJI.국회예산정책처에, 'EUC-KR bytes read as Windows-1250'),
  v('r19-moji-7', 'mojibake', 16, '자선단체가', MOJI.자선단체가, 'double mojibake: UTF-8 read as Windows-1251 twice'),

  v('r19-latin-1', 'latin-name', 14, '인천의', 'Incheon의', 'a city left in Latin before a particle'),
  v(
    'r19-latin-2',
    'latin-name',
    19,
    '카린 베리스트룀 스톡홀름대',
    'Karin Bergström 스톡홀름대',
    'the Swedish researcher’s name left in Latin with its diacritic',
  ),
  v(
    'r19-latin-3',
    'latin-name',
    14,
    '다온로지스틱스는',
    'Daon Logistics는',
    'the glossary company name left in Latin at its second mention',
  ),
  v('r19-latin-4', 'latin-name', 17, '수원에서', 'Suwon에서', 'a city left in Latin before 에서'),
  v(
    'r19-latin-5',
    'latin-name',
    20,
    '국회예산정책처에',
    'National Assembly Budget Office에',
    'a glossary institution left in its English name',
  ),

  // Particles after units, a percent sign, a closing bracket and a title, none of them round 17's.
  v('r19-particle-1', 'particle', 2, '100만 원으로', '100만 원로', '로 after the closed syllable 원 (needs 으로)'),
  v('r19-particle-2', 'particle', 2, '최장 18개월로', '최장 18개월으로', '으로 after the ㄹ-final counter 개월 (needs 로)'),
  v('r19-particle-3', 'particle', 4, '0.72명으로', '0.72명로', '로 after the counter 명 (needs 으로)'),
  v('r19-particle-4', 'particle', 10, '31.6%로', '31.6%으로', '으로 after % read 퍼센트 (needs 로)'),
  v(
    'r19-particle-5',
    'particle',
    4,
    '합계출산율(TFR)이',
    '합계출산율(TFR)가',
    '가 after a closing bracket: 합계출산율 and TFR (티에프알) both need 이',
  ),
  v('r19-particle-6', 'particle', 6, '고용보험기금과', '고용보험기금와', '와 after the closed syllable 금 (needs 과)'),
  v('r19-particle-7', 'particle', 14, '다온로지스틱스는', '다온로지스틱스은', '은 after the open syllable 스 of a company name (needs 는)'),
  v(
    'r19-particle-8',
    'particle',
    17,
    '노지혜(31) 씨와',
    '노지혜(31) 씨과',
    '과 after the title 씨 following an age in brackets (needs 와)',
  ),

  // Acronyms swapped for a neighbour: a sibling statistic, a sibling think tank, a sibling public
  // insurer, a sibling national-accounts measure, the other party, a one-letter neighbour, and an
  // acronym the English never uses.
  v('r19-acronym-1', 'acronym', 4, '(TFR)', '(GFR)', 'TFR swapped for GFR (general fertility rate), a different statistic'),
  v('r19-acronym-2', 'acronym', 12, '(KDI)', '(KIEP)', 'KDI swapped for another state think tank, KIEP'),
  v('r19-acronym-3', 'acronym', 13, '(NPS)', '(NHIS)', 'NPS swapped for the health insurer NHIS'),
  v('r19-acronym-4', 'acronym', 20, '(GDP)', '(GNP)', 'GDP swapped for GNP'),
  v('r19-acronym-5', 'acronym', 21, '(PPP)', '(DP)', 'the opposition PPP given the ruling party’s acronym DP'),
  v('r19-acronym-6', 'acronym', 13, 'KDI는', 'KDB는', 'KDI written KDB (Korea Development Bank), one letter off'),
  v(
    'r19-acronym-7',
    'acronym',
    11,
    'OECD 평균 41.9%',
    'EU 평균 41.9%',
    'the OECD average given as an EU average: an acronym the English does not have',
  ),

  // One English term rendered two ways: a synonym swapped in for a repeated term.
  v('r19-phrase-1', 'phrase-consistency', 5, '한국의 출산율은', '한국의 출생률은', '“rate” (fertility) as 출생률, elsewhere 출산율'),
  v(
    'r19-phrase-2',
    'phrase-consistency',
    19,
    '육아휴직이 저렴한',
    '육아 휴가가 저렴한',
    '“parental leave” as 육아 휴가, elsewhere 육아휴직',
  ),
  v(
    'r19-phrase-3',
    'phrase-consistency',
    2,
    '월 양육수당을',
    '월 보육수당을',
    '“childcare allowance” as 보육수당, the headline keeps 양육수당',
  ),
  v('r19-phrase-4', 'phrase-consistency', 16, '시범 운영을 창고', '시범 사업을 창고', '“pilot” as 시범 사업, elsewhere 시범 운영'),
  v('r19-phrase-5', 'phrase-consistency', 10, '인구학자인', '인구통계학자인', '“demographer” as 인구통계학자, the standfirst has 인구학자'),
  v(
    'r19-phrase-6',
    'phrase-consistency',
    19,
    '올해 고용노동부에',
    '올해 노동부에',
    'the ministry under its old name 노동부, elsewhere 고용노동부',
  ),
  v('r19-phrase-7', 'phrase-consistency', 12, '이번 법안이', '이번 법률안이', '“the bill” as 법률안, elsewhere 법안'),

  v('r19-time-1', 'relative-time', 21, '다음 주 추진하겠다고', '이번 주 추진하겠다고', '“next week” as this week'),
  v('r19-time-2', 'relative-time', 3, '여야는 지난달', '여야는 이달', '“last month” as this month'),
  v('r19-time-3', 'relative-time', 9, '연내 국회에', '내년 중 국회에', '“within the year” as during next year'),
  v('r19-time-4', 'relative-time', 9, '내년 상반기', '내년 하반기', '“the first half of next year” as the second half'),
  v('r19-time-5', 'relative-time', 22, '이달 하순', '다음 달 하순', '“later this month” as late next month'),
  v('r19-time-6', 'relative-time', 4, '지난달 27일', '이달 27일', '“last Friday” (27 November) put in this month, a date still to come'),
  v('r19-time-7', 'relative-time', 5, '올해 1~9월', '지난해 1~9월', '“this year” as last year'),

  v('r19-drop-1', 'dropped-sentence', 3, ' 법은 내년 7월 1일 시행된다.', '', 'the closing sentence with the start date dropped'),
  v('r19-drop-2', 'dropped-sentence', 7, ' 기존 80만 원에서 늘어난 것이다.', '', 'a short closing sentence with the old amount dropped'),
  v('r19-drop-3', 'dropped-sentence', 4, ' 1년 전보다 0.03명 낮다.', '', 'a short middle sentence with a number dropped'),
  v(
    'r19-drop-4',
    'dropped-sentence',
    10,
    '돕는다. 결혼을 하지 않게 된 젊은이들에게는 별 도움이 안 된다”고',
    '돕는다”고',
    'the second sentence inside the demographer’s quotation dropped',
  ),
  v('r19-drop-5', 'dropped-sentence', 15, '병가는 4분의 1 줄었으며, ', '', 'a clause with a fraction dropped from a list of three'),
  v('r19-drop-6', 'dropped-sentence', 16, ' 이 경우 연간 약 38억 원이 든다.', '', 'the closing sentence with the cost dropped'),
  v(
    'r19-drop-7',
    'dropped-sentence',
    20,
    '국회예산정책처에 따르면 한국은 2006년 이후 저출산 대책에 380조 원 넘게 썼다. ',
    '',
    'the opening sentence of a two-sentence paragraph dropped',
  ),

  v('r19-number-1', 'numbers', 3, '찬성 181표', '찬성 118표', 'vote count with two digits transposed (181 → 118)'),
  v('r19-number-2', 'numbers', 6, '4조2000억 원', '4조200억 원', 'a zero lost inside a 조/억 amount (4.2 → 4.02 trillion)'),
  v('r19-number-3', 'numbers', 5, '17만1400명', '1만7140명', '만 put one place too far (171,400 → 17,140)'),
  v('r19-number-4', 'numbers', 10, '29.8%포인트', '29.8%', 'percentage points written as a percent'),
  v('r19-number-5', 'numbers', 13, '2055년에', '2056년에', 'the year the fund runs dry off by one'),
  v('r19-number-6', 'numbers', 15, '11명에서 4명으로', '11명에서 7명으로', 'four resignations written as seven'),
  v('r19-number-7', 'numbers', 12, '0.04~0.06명', '0.4~0.6명', 'both ends of a range ten times too big'),
  v('r19-number-8', 'numbers', 20, '380조 원', '38조 원', '380 trillion won as 38 trillion'),

  // Speech levels: register slips inside one speaker's quotation and in the narration.
  v('r19-speech-1', 'speech-level', 8, '약속입니다”라고', '약속이에요”라고', 'the minister’s 합쇼체 quote ending in 해요체'),
  v(
    'r19-speech-2',
    'speech-level',
    8,
    '점검하겠습니다”라고',
    '점검하겠어”라고',
    'the second sentence of the minister’s 합쇼체 quote in 반말',
  ),
  v(
    'r19-speech-3',
    'speech-level',
    18,
    '얼굴을 봤어요.',
    '얼굴을 봤습니다.',
    'the mother’s 해요체 quote slipping into 합쇼체 in its first sentence',
  ),
  v('r19-speech-4', 'speech-level', 18, '모르겠어요”라고', '모르겠다”고', 'the mother’s second 해요체 quote ending in 해라체'),
  v('r19-speech-5', 'speech-level', 11, '못 미친다.', '못 미쳐요.', '해요체 in the 해라체 narration'),
  v(
    'r19-speech-6',
    'speech-level',
    15,
    '줄었다고 밝혔다.',
    '줄었다고 밝혔다고 합니다.',
    'a hearsay 합쇼체 ending (-다고 합니다) in the narration',
  ),

  v('r19-name-1', 'name-lost', 17, '오승민', '오성민', 'Seung-min written 성민 (Seung → 승)'),
  v('r19-name-2', 'name-lost', 12, '최동욱', '최동옥', 'Dong-wook written 동옥'),
  v('r19-name-3', 'name-lost', 8, '정해원', '정혜원', 'Hae-won written 혜원 (Hae → 해)'),
  v('r19-name-4', 'name-lost', 17, '노지혜', '로지혜', 'Noh written 로 (Noh → 노)'),
  v(
    'r19-name-5',
    'name-lost',
    10,
    '인구학자인 배순영 서울대 교수는',
    '인구학자인 서울대 교수는',
    'the demographer’s name dropped before her title',
  ),
  v(
    'r19-name-6',
    'name-lost',
    19,
    '카린 베리스트룀 스톡홀름대 가족정책 연구원은',
    '스톡홀름대 가족정책 연구원은',
    'the foreign expert’s name dropped, only her title kept',
  ),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R19_PROBES: NotedProbe[] = [
  p('r19-probe-1', 5, '경제협력개발기구(OECD)', 'OECD(경제협력개발기구)', 'the acronym first, the Korean name in brackets'),
  p('r19-probe-2', 6, '월 250만 원 한도', '월 250만원 한도', 'the unit written without a space, as some papers do'),
  p('r19-probe-3', 22, '14일(월)', '14일 월요일', 'the weekday written out instead of in brackets'),
  p('r19-probe-4', 3, '찬성 181표, 반대 12표', '찬성 181표 대 반대 12표', 'the vote written “181 대 12”'),
  p('r19-probe-5', 9, '연내 국회에', '올해 안에 국회에', '“within the year” as 올해 안에, the same period'),
  p('r19-probe-6', 22, '이달 하순', '이번 달 하순', '이번 달 for 이달: the same month'),
  p('r19-probe-7', 12, '최 연구위원은', '그는', 'a pronoun for the economist named earlier in the paragraph'),
  p('r19-probe-8', 10, '배순영 서울대 교수는', '배순영 서울대학교 교수는', 'the university’s full name instead of its short form'),
  p(
    'r19-probe-9',
    19,
    '카린 베리스트룀 스톡홀름대',
    '카린 베리스트룀(Karin Bergström) 스톡홀름대',
    'a Latin gloss after a foreign glossary name',
  ),
  p('r19-probe-10', 17, '노지혜(31) 씨와', '노지혜 씨(31)와', 'the age after the title instead of after the name'),
  p('r19-probe-11', 15, '석 달이 지나자', '3개월이 지나자', '“three months” in digits with the counter 개월'),
  p('r19-probe-12', 11, '19만3000건', '19만 3000건', 'a space after 만 inside a number, as some papers write it'),
];
