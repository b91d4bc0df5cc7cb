// Round-20 held-out set of issue #15 (written by the round-20 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// tourism news story (jeju-tourism.en.txt, dated Thursday 3 December 2026; events, companies and
// people invented, real institutions named as names only: Jeju's foreign arrivals rise 27.4% after
// a visa-waiver change while an invented island LCC, Tamna Air, drops six routes; an invented
// duty-free operator's results; the provincial council passes an environmental levy; a headline, a
// standfirst and 21 body paragraphs; the governor Ko Young-jun(고영준) (Ko → 고), the duty-free chief
// Kang Tae-won(강태원) (Kang → 강), the ministry official Moon Seung-ho(문승호) (Moon → 문), the
// guesthouse owner Yang Mi-sook(양미숙) (Yang → 양, not 량), the councillor Lim Ha-eun(임하은)
// (Lim → 임, not 림), the travel-agents' branch head Shin Yoo-jin(신유진) with their Hangul in
// brackets; the Singapore analyst Marcus Feldmann written in Hangul; LCC, IATA, KTO, JDC, MICE,
// UNWTO, KATA; 182만3000명, 141만 명, 41만3000명, 1158만 명, 2만4000석, 120억/2870억/193억/450억 원,
// 1조1000억 원, $215 million → 2억1500만 달러, 27.4%, 3.8%, 12.6%, 64.8%, 6.2%포인트, 20%, 9%, a
// council vote of 27 to 14 with 4 abstentions, a range (1000~5000원), fractions (5분의 1, 3분의 1),
// 1360t; on Thursday → 3일, on Wednesday → 2일, on Tuesday → 1일, on Monday → 지난달 30일 and
// Sunday, Nov. 29 → 지난달 29일 (across the month boundary), Tuesday, Dec. 15 → 15일(화); this
// year, last year, last month, next week, next year, next summer, within the year → 연내, the first
// half of next year → 내년 상반기) and its careful Korean newspaper translation (jeju-tourism.ko.txt:
// 해라체 narration, a noun-ending headline; the governor and the ministry official quoted in 합쇼체,
// the guesthouse owner in 해요체, the chief executive, the councillor and the analyst in the 해라체
// Korean papers use for quoted statements; after the first mention 고 지사, 강 대표, 문 국장, 양 씨,
// 임 의원), 90 single-error variants of every kind and 12 clean probes. Same format and scoring as
// ../variants.ts. Written before any check was run on it, committed alone.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this story (not every person named is in it). */
export const R20_TERMS: QaTerm[] = [
  { source: 'Ko Young-jun', target: '고영준', kind: 'NAME' },
  { source: 'Kang Tae-won', target: '강태원', kind: 'NAME' },
  { source: 'Moon Seung-ho', target: '문승호', kind: 'NAME' },
  { source: 'Yang Mi-sook', target: '양미숙', kind: 'NAME' },
  { source: 'Lim Ha-eun', target: '임하은', kind: 'NAME' },
  { source: 'Marcus Feldmann', target: '마르쿠스 펠트만', kind: 'NAME' },
  { source: 'Tamna Air', target: '탐라항공', kind: 'TERM' },
  { source: 'Halla Duty Free', target: '한라면세점', kind: 'TERM' },
  { source: 'Korea Tourism Organization', target: '한국관광공사', kind: 'TERM' },
  { source: 'Jeju Free International City Development Center', target: '제주국제자유도시개발센터', kind: 'TERM' },
  { source: 'International Air Transport Association', target: '국제항공운송협회', kind: 'TERM' },
  { source: 'Jeju Tourism Association', target: '제주관광협회', kind: 'TERM' },
  { source: 'environmental levy', target: '환경보전분담금', kind: 'TERM' },
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

export const R20_VARIANTS: NotedVariant[] = [
  v('r20-squote-1', 'straight-quote', 7, '되찾겠습니다”라고', '되찾겠습니다"라고', 'straight closing double quote after 합쇼체'),
  v('r20-squote-2', 'straight-quote', 1, '‘과잉관광’', "'과잉관광’", 'straight opening single quote, curly closing kept'),
  v('r20-squote-3', 'straight-quote', 14, '“외국인들은', '"외국인들은', 'straight opening double quote before 해요체 speech'),
  v('r20-squote-4', 'straight-quote', 19, '내야 한다”고', '내야 한다"고', 'straight closing double quote before 고'),
  v('r20-squote-5', 'straight-quote', 21, '머무느냐다”라고', "머무느냐다''라고", 'two typewriter apostrophes as a closing double quote'),

  v('r20-repeat-1', 'repeated-word', 3, '두 배가 넘는다', '두 배가 배가 넘는다', 'a counted noun doubled with its particle'),
  v('r20-repeat-2', 'repeated-word', 9, '지난달에만 크루즈선', '지난달에만 지난달에만 크루즈선', 'a time noun with 에만 doubled'),
  v('r20-repeat-3', 'repeated-word', 13, '몇 곳에 불과하다', '몇 몇 곳에 불과하다', 'the determiner 몇 doubled'),
  v('r20-repeat-4', 'repeated-word', 17, '교통 체증과', '교통 교통 체증과', 'a bare noun doubled inside a compound'),
  v('r20-repeat-5', 'repeated-word', 22, '공청회를 연다', '공청회를 공청회를 연다', 'an object doubled before the final verb'),

  // Markup from Word list export, CMS editors, docx XML and Google Docs HTML, none used before.
  v(
    'r20-markup-1',
    'markup',
    2,
    '27.4% 늘었다고',
    '<!--[if !supportLists]-->27.4%<!--[endif]--> 늘었다고',
    'Word HTML list conditional comments left around a figure',
  ),
  v(
    'r20-markup-2',
    'markup',
    10,
    '(2억1500만 달러)',
    '<span style="mso-bidi-font-weight:bold">(2억1500만 달러)</span>',
    'a Word mso-style span around the dollar conversion',
  ),
  v('r20-markup-3', 'markup', 6, '5분의 1가량이', '5분의 1가량이<br data-mce-bogus="1">', 'a TinyMCE bogus line break from a CMS'),
  v('r20-markup-4', 'markup', 18, '찬성 27표', '**찬성 27표**', 'Markdown bold from a Google Docs Markdown export'),
  v('r20-markup-5', 'markup', 12, '(MICE) 관광', '(MICE)&nbsp;관광', 'a non-breaking space left as the entity &nbsp;'),
  v(
    'r20-markup-6',
    'markup',
    20,
    '9% 줄었다고',
    '9%</w:t></w:r><w:r><w:t> 줄었다고',
    'docx XML run tags left by a broken .docx text extraction',
  ),
  v(
    'r20-markup-7',
    'markup',
    15,
    '3분의 1가량이',
    '3분의 1가량이<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>',
    'a Google Docs comment anchor kept from an HTML export',
  ),

  v('r20-fffd-1', 'replacement-char', 5, '1158만 명으로', '1158\uFFFD 명으로', 'the unit 만 of an amount lost'),
  v('r20-fffd-2', 'replacement-char', 11, '6.2%포인트', '6.2%\uFFFD인트', 'the syllable 포 of %포인트 lost'),
  v('r20-fffd-3', 'replacement-char', 17, '역대 최대였다고', '역대 최\uFFFD였다고', 'a syllable before the copula lost'),
  v('r20-fffd-4', 'replacement-char', 18, '1000~5000원을', '1000\uFFFD5000원을', 'the range tilde (a wave dash in the source) lost'),
  v('r20-fffd-5', 'replacement-char', 3, '41만3000명은', '41만3000\uFFFD은', 'the counter 명 lost before a particle'),

  v('r20-moji-1', 'mojibake', 6, '탐라항공은 연료비', `${MOJI.탐라항공은} 연료비`, 'UTF-8 read as ISO-8859-1 (C1 controls)'),
  v('r20-moji-2', 'mojibake', 19, '분담금으로 해마다', `${MOJI.분담금으로} 해마다`, 'EUC-KR read as GBK (simplified Chinese)'),
  v('r20-moji-3', 'mojibake', 9, '크루즈선 41척이', `${MOJI.크루즈선} 41척이`, 'UTF-8 read as CP949: broken Hangul, a Hanja and U+FFFD'),
  v('r20-moji-4', 'mojibake', 10, '공항 면세점을', `공항 ${MOJI.면세점}을`, 'UTF-8 read as UTF-16LE: unrelated Hangul and Yi syllables'),
  v('r20-moji-5', 'mojibake', 19, '조례안을 대표', `${MOJI.조례안을} 대표`, 'UTF-8 read as Windows-1256 (Arabic)'),
  v('r20-moji-6', 'mojibake', 20, '내국인 예약이', `${MOJI.내국인} 예약이`, 'UTF-8 left quoted-printable from an e-mail'),
  v('r20-moji-7', 'mojibake', 17, '하루 쓰레기 수거량이', `하루 ${MOJI.쓰레기} 수거량이`, 'UTF-8 read as Mac Greek'),

  v('r20-latin-1', 'latin-name', 3, '서귀포 강정', 'Seogwipo 강정', 'a city left in Latin before a place name'),
  v(
    'r20-latin-2',
    'latin-name',
    21,
    '마르쿠스 펠트만 애널리스트는',
    'Marcus Feldmann 애널리스트는',
    'the analyst’s glossary name left in Latin',
  ),
  v('r20-latin-3', 'latin-name', 10, '한라면세점은 3분기', 'Halla Duty Free는 3분기', 'the glossary company left in English'),
  v('r20-latin-4', 'latin-name', 17, '우도 주민들은', 'Udo 주민들은', 'an island left in Latin'),
  v('r20-latin-5', 'latin-name', 4, '인천·김해공항을', 'Incheon·김해공항을', 'one of two joined airport names left in Latin'),

  // Particles after counters, a unit read in Korean, a percent sign, a title after a bracket.
  v('r20-particle-1', 'particle', 9, '380회로', '380회으로', '으로 after the open counter 회 (needs 로)'),
  v('r20-particle-2', 'particle', 10, '193억 원을', '193억 원를', '를 after the closed syllable 원 (needs 을)'),
  v('r20-particle-3', 'particle', 14, '양미숙(52) 씨는', '양미숙(52) 씨은', '은 after the title 씨 after an age in brackets (needs 는)'),
  v('r20-particle-4', 'particle', 17, '1360t으로', '1360t로', '로 after t read 톤 (needs 으로)'),
  v('r20-particle-5', 'particle', 11, '64.8%를', '64.8%을', '을 after % read 퍼센트 (needs 를)'),
  v('r20-particle-6', 'particle', 18, '물리는 조례안을', '물리는 조례안를', '를 after the closed syllable 안 (needs 을)'),
  v('r20-particle-7', 'particle', 20, '일본과 베트남으로', '일본와 베트남으로', '와 after the closed syllable 본 (needs 과)'),
  v('r20-particle-8', 'particle', 21, '베네치아와 발리의', '베네치아과 발리의', '과 after the open syllable 아 (needs 와)'),

  // Acronyms swapped for a neighbour in the same field.
  v('r20-acronym-1', 'acronym', 5, '(LCC)', '(FSC)', 'LCC swapped for its opposite, FSC (full-service carrier)'),
  v('r20-acronym-2', 'acronym', 6, '(IATA)', '(ICAO)', 'IATA swapped for the UN aviation body ICAO'),
  v('r20-acronym-3', 'acronym', 8, '(KTO)', '(KNTO)', 'KTO given the acronym of its former name'),
  v('r20-acronym-4', 'acronym', 10, '(JDC)', '(JTO)', 'JDC swapped for the island’s tourism organisation JTO'),
  v('r20-acronym-5', 'acronym', 12, '(MICE)', '(FIT)', 'MICE swapped for FIT (free independent travellers)'),
  v('r20-acronym-6', 'acronym', 13, '(UNWTO)', '(WTTC)', 'UNWTO swapped for the industry council WTTC'),
  v('r20-acronym-7', 'acronym', 20, '(KATA)', '(KATO)', 'KATA written KATO, one letter off'),

  // One English term rendered two ways in one place: synonyms, an old name, a transliteration.
  v('r20-phrase-1', 'phrase-consistency', 4, '30일 무사증 체류를', '30일 무비자 체류를', '“visa waiver” as 무비자, elsewhere 무사증'),
  v(
    'r20-phrase-2',
    'phrase-consistency',
    11,
    '강태원 한라면세점 대표는',
    '강태원 할라면세점 대표는',
    'Halla transliterated 할라, elsewhere 한라',
  ),
  v('r20-phrase-3', 'phrase-consistency', 6, '탐라항공은 연료비', '탐라에어는 연료비', 'Tamna Air as 탐라에어, elsewhere 탐라항공'),
  v(
    'r20-phrase-4',
    'phrase-consistency',
    19,
    '분담금으로 해마다',
    '입도세로 해마다',
    '“the levy” as the popular name 입도세, elsewhere 분담금',
  ),
  v('r20-phrase-5', 'phrase-consistency', 12, '문화체육관광부 국장은', '문화관광부 국장은', 'the ministry under its older name 문화관광부'),
  v('r20-phrase-6', 'phrase-consistency', 20, '내국인 여행객이', '국내 여행객이', '“domestic travellers” as 국내, elsewhere 내국인'),
  v('r20-phrase-7', 'phrase-consistency', 10, '공항 면세점을', '공항 듀티프리를', '“duty-free shops” as 듀티프리, elsewhere 면세점'),

  v('r20-time-1', 'relative-time', 8, '다음 주 한국관광공사', '이번 주 한국관광공사', '“next week” as this week'),
  v('r20-time-2', 'relative-time', 5, '지난달 내년 1월부터', '이달 내년 1월부터', '“last month” as this month'),
  v('r20-time-3', 'relative-time', 12, '연내 내놓겠습니다', '다음 달 내놓겠습니다', '“within the year” as next month'),
  v('r20-time-4', 'relative-time', 18, '지난달 30일 본회의', '이달 30일 본회의', '“on Monday” (30 November) put in this month'),
  v('r20-time-5', 'relative-time', 7, '내년 상반기에 좌석을', '올해 상반기에 좌석을', '“the first half of next year” as this year'),
  v('r20-time-6', 'relative-time', 2, '올해 1~11월', '지난해 1~11월', '“this year” as last year'),
  v('r20-time-7', 'relative-time', 22, '다음 주 조례안에', '다음 달 조례안에', '“next week” as next month'),

  v('r20-drop-1', 'dropped-sentence', 3, ' 해상 입국객은 지난해의 두 배가 넘는다.', '', 'the closing comparison sentence dropped'),
  v('r20-drop-2', 'dropped-sentence', 4, ' 관광 당국은 증가분 대부분이 이 제도 변경 덕분이라고 본다.', '', 'the closing sentence dropped'),
  v(
    'r20-drop-3',
    'dropped-sentence',
    6,
    '2만4000석, 제주 노선 공급석의 5분의 1가량이',
    '2만4000석이',
    'an appositive clause with a fraction dropped',
  ),
  v(
    'r20-drop-4',
    'dropped-sentence',
    10,
    '12.6% 늘었고 영업이익은 193억 원을 기록했다고',
    '12.6% 늘었다고',
    'the operating-profit clause dropped',
  ),
  v(
    'r20-drop-5',
    'dropped-sentence',
    11,
    '차지한다. 지난해보다 6.2%포인트 높아졌다”고',
    '차지한다”고',
    'the second sentence of a quotation dropped',
  ),
  v('r20-drop-6', 'dropped-sentence', 18, ', 기권 4표', '', 'the abstentions dropped from the vote count'),
  v(
    'r20-drop-7',
    'dropped-sentence',
    21,
    ' 그는 보통 10시간도 머물지 않는 크루즈 승객은 호텔 투숙객보다 돈을 훨씬 적게 쓴다고 덧붙였다.',
    '',
    'the closing sentence (the adding clause) dropped',
  ),

  v('r20-number-1', 'numbers', 18, '반대 14표', '반대 41표', 'votes against transposed (14 → 41)'),
  v('r20-number-2', 'numbers', 2, '182만3000명', '18만2300명', '만 one place off (1.823 million → 182,300)'),
  v('r20-number-3', 'numbers', 10, '2억1500만 달러', '21억5000만 달러', '$215 million as $2.15 billion'),
  v('r20-number-4', 'numbers', 11, '64.8%를', '46.8%를', 'a share with its first two digits swapped'),
  v('r20-number-5', 'numbers', 19, '450억 원가량', '45억 원가량', '45 billion won as 4.5 billion'),
  v('r20-number-6', 'numbers', 18, '1000~5000원', '1000~500원', 'the top of a range ten times too small'),
  v('r20-number-7', 'numbers', 12, '1일 “제주는', '2일 “제주는', '“on Tuesday” (1 December) as the 2nd'),
  v('r20-number-8', 'numbers', 15, '3분의 1가량이', '3분의 2가량이', 'a third as two thirds'),

  v('r20-speech-1', 'speech-level', 7, '만들지 않겠습니다.', '만들지 않겠어요.', 'the governor’s 합쇼체 quote slipping into 해요체'),
  v('r20-speech-2', 'speech-level', 12, '시험대입니다.', '시험대다.', 'the official’s 합쇼체 quote slipping into 해라체'),
  v('r20-speech-3', 'speech-level', 14, '묵어요.', '묵습니다.', 'the guesthouse owner’s 해요체 quote in 합쇼체'),
  v('r20-speech-4', 'speech-level', 16, '닫아야 해요”라고', '닫아야 한다”고', 'the owner’s 해요체 quote ending in 해라체'),
  v('r20-speech-5', 'speech-level', 9, '눈에 띈다.', '눈에 띕니다.', '합쇼체 in the 해라체 narration'),
  v('r20-speech-6', 'speech-level', 17, '불만이 나온다.', '불만이 나와요.', '해요체 in the 해라체 narration'),

  v('r20-name-1', 'name-lost', 7, '고영준 제주도지사는', '코영준 제주도지사는', 'Ko written 코 (Ko → 고)'),
  v('r20-name-2', 'name-lost', 12, '문승호', '문성호', 'Seung-ho written 성호 (Seung → 승)'),
  v('r20-name-3', 'name-lost', 14, '양미숙(52)', '량미숙(52)', 'Yang written 량 (Yang → 양)'),
  v('r20-name-4', 'name-lost', 19, '임하은', '림하은', 'Lim written 림 (Lim → 임)'),
  v('r20-name-5', 'name-lost', 20, '신유진', '신우진', 'Yoo-jin written 우진'),
  v('r20-name-6', 'name-lost', 21, '마르쿠스 펠트만 애널리스트는', '마르쿠스 펠드만 애널리스트는', 'Feldmann written 펠드만'),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R20_PROBES: NotedProbe[] = [
  p('r20-probe-1', 10, '(2억1500만 달러)', '(약 2억1500만 달러)', '약 before a converted amount'),
  p('r20-probe-2', 8, '120억 원을', '120억원을', 'the unit written without a space'),
  p('r20-probe-3', 22, '15일(화)', '15일 화요일', 'the weekday written out instead of in brackets'),
  p(
    'r20-probe-4',
    18,
    '찬성 27표, 반대 14표, 기권 4표로',
    '찬성 27표 대 반대 14표(기권 4표)로',
    'the vote as “27 대 14” with abstentions in brackets',
  ),
  p('r20-probe-5', 12, '연내 내놓겠습니다', '올해 안에 내놓겠습니다', '“within the year” as 올해 안에'),
  p('r20-probe-6', 5, '저비용항공사(LCC)', 'LCC(저비용항공사)', 'the acronym first, the Korean name in brackets'),
  p('r20-probe-7', 11, '강 대표는 내년', '그는 내년', 'a pronoun for the chief executive named earlier'),
  p('r20-probe-8', 14, '양미숙(52) 씨는', '양미숙 씨(52)는', 'the age after the title'),
  p(
    'r20-probe-9',
    21,
    '마르쿠스 펠트만 애널리스트는',
    '마르쿠스 펠트만(Marcus Feldmann) 애널리스트는',
    'a Latin gloss after a foreign name',
  ),
  p('r20-probe-10', 17, '1360t으로', '1360톤으로', 'the unit t written 톤'),
  p('r20-probe-11', 3, '41만3000명은', '41만 3000명은', 'a space after 만 inside a number'),
  p('r20-probe-12', 13, '유엔세계관광기구(UNWTO)', '유엔 세계관광기구(UNWTO)', 'a space inside the organisation name'),
];
