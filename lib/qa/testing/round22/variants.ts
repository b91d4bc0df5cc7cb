// Round-22 held-out set of issue #15 (written by the round-22 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// political news story (by-election.en.txt, dated Thursday 10 December 2026; the elections, the two
// parties, the poll, the probe and every person are INVENTED, real institutions and places named as
// names only): a court orders a recount of a South Chungcheong governor's by-election won by 387
// votes, the opposition takes Seoul's Mapo-B seat, early-voting turnout hits a record 27.4%, and
// prosecutors probe a losing candidate's campaign spending; a headline, a standfirst and 21 body
// paragraphs; Noh Ji-hoon(노지훈) (Noh/Roh → 노), Rhee Soo-ah(이수아) (Rhee → 이, not 리), the NEC
// spokesman Jeon Min-seok(전민석) (Jeon → 전), Judge Ha Joon-young(하준영), Cha Eun-byul(차은별),
// Woo Sang-chul(우상철), the voters Bae Hye-jin(배혜진) and Yeom Kyung-ja(염경자) (Yeom → 염) with
// their Hangul in brackets; the Swedish political scientist Fredrik Lindqvist written in Hangul;
// PRP, GHP, NEC, MP, CEO, CCTV, ARS, GDP, OECD; 112만 표, 387표, 50.02%/49.98%, 27.4% and
// 4.6%포인트, 48.3%/53.7%, 1만9000표, 18억6000만/3억2000만 원, 1002명 and ±3.1%포인트, 5분의 1,
// 2.8% year on year, a range (21억~23억 원); on Thursday → 10일/이날, Wednesday night → 9일 밤,
// Friday and Saturday → 4~5일, on Friday → 11일, Tuesday, Dec. 15 → 15일, Monday, Nov. 30 → 지난달
// 30일 (across the month boundary), Nov. 27-28 → 지난달 27~28일, Monday, Dec. 21 → 21일; this year,
// last year (April 2025 → 지난해 4월), this week, next week, next year, before the end of the year →
// 연내, the first half of next year → 내년 상반기) and its careful Korean newspaper translation
// (by-election.ko.txt: 해라체 narration, noun-ending headline and standfirst; the NEC spokesman and
// the candidates quoted in 합쇼체, the voters in 해요체, the foreign expert in the 해라체 papers use
// for quoted statements), 90 single-error variants of every kind and 12 clean probes. Same format
// and scoring as ../variants.ts. Written before any check was run on it, committed alone.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this story (not every person named is in it). */
export const R22_TERMS: QaTerm[] = [
  { source: 'Noh Ji-hoon', target: '노지훈', kind: 'NAME' },
  { source: 'Rhee Soo-ah', target: '이수아', kind: 'NAME' },
  { source: 'Jeon Min-seok', target: '전민석', kind: 'NAME' },
  { source: 'Cha Eun-byul', target: '차은별', kind: 'NAME' },
  { source: 'Woo Sang-chul', target: '우상철', kind: 'NAME' },
  { source: 'Fredrik Lindqvist', target: '프레드리크 린드크비스트', kind: 'NAME' },
  { source: "People's Renewal Party", target: '국민쇄신당', kind: 'TERM' },
  { source: 'Green Horizon Party', target: '녹색지평당', kind: 'TERM' },
  { source: 'National Election Commission', target: '중앙선거관리위원회', kind: 'TERM' },
  { source: 'Hanbit Research', target: '한빛리서치', kind: 'TERM' },
  { source: 'recount', target: '재검표', kind: 'TERM' },
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

export const R22_VARIANTS: NotedVariant[] = [
  v(
    'r22-squote-1',
    'straight-quote',
    5,
    '보장합니다”라고',
    '보장합니다"라고',
    'straight closing double quote after the spokesman’s 합쇼체',
  ),
  v('r22-squote-2', 'straight-quote', 8, '“임기 첫', '``임기 첫', 'a LaTeX-style `` opening quote from a TeX export'),
  v('r22-squote-3', 'straight-quote', 12, '‘번진 도장’이', "'번진 도장'이", 'straight single quotes around a so-called term'),
  v(
    'r22-squote-4',
    'straight-quote',
    20,
    '‘번진 도장’ 규정을',
    "`번진 도장' 규정을",
    'typewriter quotes: a backtick opening and an apostrophe closing',
  ),
  v('r22-squote-5', 'straight-quote', 14, '“올해 월세가', '"올해 월세가', 'straight opening double quote at the start of a voter’s quote'),

  v('r22-repeat-1', 'repeated-word', 2, '불과 387표', '불과 불과 387표', 'an adverb doubled before a number'),
  v('r22-repeat-2', 'repeated-word', 9, '회계 장부를', '회계 회계 장부를', 'an attributive noun doubled'),
  v(
    'r22-repeat-3',
    'repeated-word',
    17,
    '배터리·디스플레이 공장에',
    '배터리·디스플레이 디스플레이 공장에',
    'the second member of a ·-joined pair doubled',
  ),
  v('r22-repeat-4', 'repeated-word', 19, '새 대표를', '새 새 대표를', 'the one-syllable prenoun 새 doubled'),
  v('r22-repeat-5', 'repeated-word', 21, '다음 주 우 후보를', '다음 주 우 우 후보를', 'a one-syllable surname doubled before its title'),

  v('r22-markup-1', 'markup', 3, '앞섰다.', '앞섰다.<o:p></o:p>', 'an empty Word HTML <o:p> paragraph tag left after a sentence'),
  v(
    'r22-markup-2',
    'markup',
    2,
    '대전지방법원은',
    '<!--StartFragment-->대전지방법원은',
    'the HTML clipboard StartFragment comment at the start of a paragraph',
  ),
  v(
    'r22-markup-3',
    'markup',
    7,
    '54.6%를',
    '<span style="mso-bidi-font-weight:bold">54.6%</span>를',
    'a Word mso- style span around a figure',
  ),
  v('r22-markup-4', 'markup', 11, '±3.1%포인트다.', '&plusmn;3.1%포인트다.', 'the ± of the margin of error as a named HTML entity'),
  v('r22-markup-5', 'markup', 16, '공석이 됐고, 마포을', '공석이 됐고,\\par 마포을', 'an RTF \\par control word left inside a sentence'),
  v(
    'r22-markup-6',
    'markup',
    18,
    '20건 중 1건',
    '20건 중 1건<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>',
    'a Google Docs footnote anchor exported as HTML',
  ),
  v(
    'r22-markup-7',
    'markup',
    22,
    '새 당선증을',
    '새 <span class="c4">당선증</span>을',
    'a Google Docs class span around a noun before its particle',
  ),

  v('r22-fffd-1', 'replacement-char', 11, '±3.1%포인트', '\uFFFD3.1%포인트', 'the ± of the margin of error lost'),
  v('r22-fffd-2', 'replacement-char', 17, '배터리·디스플레이', '배터리\uFFFD디스플레이', 'the middle dot between two nouns lost'),
  v(
    'r22-fffd-3',
    'replacement-char',
    15,
    '염경자(71)',
    '염\uFFFD\uFFFD\uFFFD(71)',
    'one syllable of a name as three U+FFFD, one per UTF-8 byte',
  ),
  v('r22-fffd-4', 'replacement-char', 20, '36건이', '36\uFFFD이', 'the counter 건 after a number lost'),
  v('r22-fffd-5', 'replacement-char', 1, '최고… 검찰', '최고\uFFFD\uFFFD 검찰', 'the standfirst ellipsis as two U+FFFD'),

  v('r22-moji-1', 'mojibake', 9, '압수수색해', MOJI.압수수색해, 'UTF-8 read as KOI8-R'),
  v('r22-moji-2', 'mojibake', 4, '사전투표율이', MOJI.사전투표율이, 'UTF-8 read as CP437 (DOS)'),
  v('r22-moji-3', 'mojibake', 14, '망원동에서', MOJI.망원동에서, 'UTF-8 read as Windows-1250 with U+FFFD'),
  v('r22-moji-4', 'mojibake', 11, '한빛리서치가', MOJI.한빛리서치가, 'UTF-7 left undecoded from a mail gateway (pure ASCII)'),
  v('r22-moji-5', 'mojibake', 6, '부장판사는', MOJI.부장판사는, 'EUC-KR read as Windows-1251 (Cyrillic)'),
  v('r22-moji-6', 'mojibake', 16, '직권남용으로', MOJI.직권남용으로, 'UTF-8 read as Mac Roman'),
  v('r22-moji-7', 'mojibake', 18, '정치학자', MOJI.정치학자, 'UTF-8 read as Windows-1255 (Hebrew)'),

  v('r22-latin-1', 'latin-name', 15, '아산의', 'Asan의', 'the city left in Latin'),
  v('r22-latin-2', 'latin-name', 13, '천안에서', 'Cheonan에서', 'the city of the rally left in Latin'),
  v('r22-latin-3', 'latin-name', 18, '스웨덴 룬드대의', '스웨덴 Lund대의', 'the university half translated: Latin name with the Korean 대'),
  v('r22-latin-4', 'latin-name', 11, '한빛리서치가', 'Hanbit Research가', 'the glossary pollster left in English'),
  v('r22-latin-5', 'latin-name', 7, '마포을 의석을', 'Mapo-B 의석을', 'the constituency left in its romanised form'),

  v('r22-particle-1', 'particle', 2, '387표 차로', '387표 차으로', '으로 after 차 (vowel, needs 로) following a vote count'),
  v('r22-particle-2', 'particle', 3, '후보(49.98%)를', '후보(49.98%)을', '을 after a bracketed percentage following 후보 (needs 를)'),
  v('r22-particle-3', 'particle', 11, '성인 1002명을', '성인 1002명를', '를 after the counter 명 (needs 을)'),
  v('r22-particle-4', 'particle', 4, '27.4%로 역대', '27.4%으로 역대', '으로 after % read 퍼센트 (needs 로)'),
  v('r22-particle-5', 'particle', 9, '3억2000만 원을', '3억2000만 원를', '를 after the unit 원 (needs 을)'),
  v('r22-particle-6', 'particle', 15, '염 씨는', '염 씨은', '은 after the title 씨 (needs 는)'),
  v('r22-particle-7', 'particle', 4, '53.7%였다', '53.7%이었다', 'the copula 이었다 after % read 퍼센트 (needs 였다)'),
  v('r22-particle-8', 'particle', 18, '린드크비스트는 “경제', '린드크비스트은 “경제', '은 after a foreign name ending in 트 (needs 는)'),

  v('r22-acronym-1', 'acronym', 2, '(PRP)', '(PPR)', 'the ruling party’s initials transposed'),
  v('r22-acronym-2', 'acronym', 3, '(GHP)', '(GNP)', 'the opposition party given the old Grand National Party’s initials'),
  v('r22-acronym-3', 'acronym', 7, '(CEO)', '(CFO)', 'CEO swapped for CFO'),
  v('r22-acronym-4', 'acronym', 5, 'CCTV로', 'CATV로', 'CCTV swapped for CATV (cable television)'),
  v('r22-acronym-5', 'acronym', 11, '(ARS)', '(RDD)', 'the automated-response method given the neighbouring polling term RDD'),
  v('r22-acronym-6', 'acronym', 17, '(GDP)', '(GNP)', 'GDP swapped for GNP'),
  v('r22-acronym-7', 'acronym', 18, '(OECD)', '(OSCE)', 'OECD swapped for OSCE'),
  v(
    'r22-acronym-8',
    'acronym',
    17,
    '국내총생산(GDP)',
    '국민총소득(GDP)',
    'the Hangul expansion (gross national income) no longer matches GDP',
  ),

  v('r22-phrase-1', 'phrase-consistency', 6, '재검표는 15일', '재개표는 15일', '“recount” as 재개표 once, elsewhere 재검표'),
  v('r22-phrase-2', 'phrase-consistency', 12, '문제의 투표지', '문제의 투표용지', '“ballots” as 투표용지 once, elsewhere 투표지'),
  v('r22-phrase-3', 'phrase-consistency', 14, '사전투표를 한', '조기투표를 한', '“voted early” calqued as 조기투표, elsewhere 사전투표'),
  v('r22-phrase-4', 'phrase-consistency', 19, '국민쇄신당 정부', '국민혁신당 정부', '“Renewal” as 혁신 once, elsewhere 국민쇄신당'),
  v('r22-phrase-5', 'phrase-consistency', 7, '녹색지평당 차은별', '녹색지평선당 차은별', '“Horizon” as 지평선 once, elsewhere 녹색지평당'),
  v('r22-phrase-6', 'phrase-consistency', 8, '차 당선인은', '차 당선자는', 'the older term 당선자 once, elsewhere 당선인'),
  v(
    'r22-phrase-7',
    'phrase-consistency',
    15,
    '보궐선거 투표는',
    '재선거 투표는',
    '“by-election” as 재선거 (a different election) once, elsewhere 보궐선거',
  ),
  v('r22-phrase-8', 'phrase-consistency', 20, '무효표 관련', '무효투표 관련', '“invalid ballots” as 무효투표 once, elsewhere 무효표'),

  v('r22-time-1', 'relative-time', 9, '지난달 30일', '이달 30일', '“Monday, Nov. 30” (last month) as this month'),
  v('r22-time-2', 'relative-time', 6, '연내 결과가', '내년 초 결과가', '“before the end of the year” as early next year'),
  v('r22-time-3', 'relative-time', 19, '내년 상반기에', '올 상반기에', '“the first half of next year” as this year’s, already past'),
  v('r22-time-4', 'relative-time', 20, '이번 주 두 선거', '지난주 두 선거', '“this week” as last week'),
  v('r22-time-5', 'relative-time', 21, '다음 주 우 후보를', '이번 주 우 후보를', '“next week” as this week'),
  v('r22-time-6', 'relative-time', 4, '지난해 4월', '올해 4월', '“April 2025” (last year) as this year'),
  v('r22-time-7', 'relative-time', 17, '올해 상반기', '지난해 상반기', '“the first half of this year” as last year'),

  v('r22-number-1', 'numbers', 2, '387표 차로', '378표 차로', 'two digits of the margin swapped'),
  v('r22-number-2', 'numbers', 2, '112만 표', '11만2000표', 'the votes cast ten times too few'),
  v('r22-number-3', 'numbers', 4, '4.6%포인트', '4.6%', 'percentage points written as percent'),
  v('r22-number-4', 'numbers', 9, '3억2000만 원을', '3억200만 원을', 'a zero lost from the overspending (320 → 302 million won)'),
  v('r22-number-5', 'numbers', 6, '15일 대전지법', '16일 대전지법', '“Tuesday, Dec. 15” as the 16th'),
  v('r22-number-6', 'numbers', 21, '21억~23억 원', '21억~32억 원', 'the top of the spending range with its digits swapped'),
  v('r22-number-7', 'numbers', 12, '5분의 1인', '4분의 1인', '“one in five” as a quarter'),

  v(
    'r22-drop-1',
    'dropped-sentence',
    4,
    ' 최종 투표율은 충남이 48.3%, 마포을이 53.7%였다.',
    '',
    'the sentence with the final turnout figures dropped',
  ),
  v('r22-drop-2', 'dropped-sentence', 11, ' 표본오차는 95% 신뢰수준에 ±3.1%포인트다.', '', 'the margin-of-error sentence dropped'),
  v(
    'r22-drop-3',
    'dropped-sentence',
    7,
    ' 차 후보는 국민쇄신당 우상철 후보를 약 1만9000표 차로 눌렀다.',
    '',
    'the sentence with the rival and the 19,000-vote margin dropped',
  ),
  v(
    'r22-drop-4',
    'dropped-sentence',
    5,
    ' 그는 “9일 밤부터 CCTV로 지켜 온 투표함을 11일까지 모두 법원에 넘기겠습니다”라고 밝혔다.',
    '',
    'the spokesman’s second quoted sentence (ballot boxes by Friday) dropped',
  ),
  v(
    'r22-drop-5',
    'dropped-sentence',
    12,
    ' 선관위 규정상 유권자의 의사가 분명하면 유효표로 인정된다.',
    '',
    'the sentence on the NEC rule dropped',
  ),
  v(
    'r22-drop-6',
    'dropped-sentence',
    16,
    '공석이 됐고, 마포을 의석은 지역구 의원이 장관에 임명되면서 비었다.',
    '공석이 됐다.',
    'the coordinated clause on the Mapo-B vacancy dropped',
  ),
  v(
    'r22-drop-7',
    'dropped-sentence',
    14,
    '않았어요. 월세 얘기를 하는 후보를 찍었어요”',
    '않았어요”',
    'the voter’s second quoted sentence dropped inside the quote',
  ),

  v(
    'r22-speech-1',
    'speech-level',
    5,
    '보장합니다”라고',
    '보장해요”라고',
    'the spokesman’s 합쇼체 quote in 해요체 (his next quote stays 합쇼체)',
  ),
  v('r22-speech-2', 'speech-level', 8, '약속드립니다”라며', '약속한다”라며', 'the winner’s first sentence in 해라체, her second in 합쇼체'),
  v(
    'r22-speech-3',
    'speech-level',
    10,
    '신고했습니다. 수사에',
    '신고했어요. 수사에',
    'a 해요체 sentence inside the candidate’s 합쇼체 statement',
  ),
  v(
    'r22-speech-4',
    'speech-level',
    13,
    '바라는 것이 없습니다”라며',
    '바라는 것이 없어요”라며',
    'the candidate’s first sentence in 해요체, her second in 합쇼체',
  ),
  v('r22-speech-5', 'speech-level', 15, '보고 싶었어요”라고', '보고 싶었어”라고', 'the voter’s 해요체 quote ending in 반말 (해체)'),
  v(
    'r22-speech-6',
    'speech-level',
    18,
    '수백 표일 때다”라며',
    '수백 표일 때입니다”라며',
    'the expert’s 해라체 quote in 합쇼체, his next quote stays 해라체',
  ),

  v('r22-name-1', 'name-lost', 3, '이수아 후보(49.98%)', '리수아 후보(49.98%)', 'Rhee written 리 although the source gives 이'),
  v('r22-name-2', 'name-lost', 5, '전민석 선관위', '정민석 선관위', 'Jeon written 정 although the source gives 전'),
  v('r22-name-3', 'name-lost', 6, '하준영 부장판사는', '허준영 부장판사는', 'Ha written 허 although the source gives 하'),
  v('r22-name-4', 'name-lost', 18, '프레드리크 린드크비스트는', '프레드릭 린드퀴스트는', 'Fredrik Lindqvist not in the glossary form'),
  v('r22-name-5', 'name-lost', 15, '염경자(71)', '엄경자(71)', 'Yeom written 엄 although the source gives 염'),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R22_PROBES: NotedProbe[] = [
  p('r22-probe-1', 11, '±3.1%포인트', '±3.1%p', 'percentage points abbreviated %p'),
  p('r22-probe-2', 7, '약 1만9000표', '약 1만9천 표', 'the number written with 천'),
  p('r22-probe-3', 4, '4~5일', '4, 5일', 'two consecutive days listed instead of a range'),
  p('r22-probe-4', 7, '차은별(38) 후보가', '차은별 후보(38)가', 'the age bracket after the title'),
  p('r22-probe-5', 6, '15일 대전지법', '15일(화) 대전지법', 'the weekday added in brackets'),
  p('r22-probe-6', 21, '21억~23억 원', '21억 원~23억 원', 'the unit repeated on both ends of the range'),
  p('r22-probe-7', 11, '지난달 27~28일', '지난달 27, 28일', 'two poll days listed instead of a range'),
  p('r22-probe-8', 3, '중앙선거관리위원회(선관위)에', '중앙선관위에', 'the commission’s usual short name at the first mention'),
  p(
    'r22-probe-9',
    18,
    '프레드리크 린드크비스트는',
    '프레드리크 린드크비스트(Fredrik Lindqvist)는',
    'a romanised gloss after the foreign name',
  ),
  p('r22-probe-10', 6, '연내 결과가', '올해 안에 결과가', '“before the end of the year” spelled out'),
  p('r22-probe-11', 13, '이 후보는 이날', '이 후보는 10일', 'the date written instead of 이날'),
  p('r22-probe-12', 5, 'CCTV로', '폐쇄회로(CC)TV로', 'CCTV with its Korean gloss, as some papers write it'),
];
