// Round-27 held-out set (written by the round-27 QA writer BEFORE any check was run on it, committed
// alone before any check was changed, and never edited after seeing results): a sports wire story
// (coach.en.txt; the coach, the players, the officials, the club FC Ribadouro and SV Lindenau, the
// match, the scores, the standings and every figure are INVENTED, real institutions, clubs and places
// named as names only): the Korea Football Association (대한축구협회) names the Portuguese Duarte
// Salgueiro (두아르트 살게이루) head coach of the men's national team nearly four weeks after a 2-1 home
// defeat by Bahrain in the third round of World Cup qualifying; the contract to the end of the 2030
// World Cup (about 2.6 million euros a year, a residency clause), the National Team Committee's
// process (전력강화위원회: 31 candidates, six interviews, 12 criteria, nine meetings), a ministry audit
// and a lawmaker's criticism, the coach's career (Greece under-21, FC Ribadouro, the Primeira Liga, a
// UEFA Pro licence), the match, Group B, the previous coach's exit and compensation, the caretaker,
// the FIFA ranking, the fixtures in March, the captain, a professor, the budget and deficit, the
// supporters' group and the top scorer; a headline, a standfirst and 21 body paragraphs; the KFA
// president Bang Hyeon-cheol(방현철), the committee chairman Yeom Jae-hoon(염재훈) (Yeom → 염, not
// 엄), the lawmaker Pyo Seung-ah(표승아), the striker Seok Do-yun(석도윤) (Seok → 석), the previous
// coach Gu Min-seok(구민석) (Gu → 구), the under-23 coach Moon Gi-tae(문기태), the captain Ha
// Jun-seo(하준서) and the professor Uhm Da-bin(엄다빈) (Uhm → 엄) with their Hangul in brackets; the
// assistant Bruno Veloso written in Hangul (브루누 벨로주); KFA, FIFA (kept in Latin), AFC, UEFA, VAR,
// ACLE, U-21 and U-23 (added in the Korean); the score 2-1 → 1-2 (Korean puts the team's own goals
// first), the 34th minute → 전반 34분, the 78th → 후반 33분, three minutes into stoppage time → 후반
// 추가시간 3분, 2.6 million euros → 260만 유로, 3.9 billion won → 39억 원, 200 days, 31, six and four
// candidates, seven members, five weeks, 12 and nine criteria, nine meetings, four years, three
// seasons, third place, 41 years, 28,415 → 2만8415명, 66,000 → 6만6000석, two wins, a draw and two
// defeats → 2승 1무 2패, seven points → 승점 7, two points, 57, 14 months, 700 million won → 7억 원,
// six months, two assistants and four staff, 23rd → 27th, 1,562.4 points → 1562.4점, 79th, 52, 29,
// 22, sixth coach in eight years, 16 months, 9 percent, 48.6 billion won → 486억 원, 12.4 billion won →
// 124억 원, 10 minutes, 14 and four goals; on Tuesday, Dec. 15 → 15일, last Friday → 지난 11일, the
// year before last → 재작년, Thursday, Nov. 19 → 지난달 19일 (across the month boundary), two days
// after → 이틀 뒤, in June → 지난 6월, last week → 지난주, March 25 next year → 내년 3월 25일, five
// days later → 닷새 뒤, by the end of the year → 연말까지, next month → 다음 달, next Monday, Dec. 21 →
// 다음 주 월요일인 21일, Wednesday, Dec. 23 → 23일, early March → 내년 3월 초; this year, last year,
// this season, at the time, since 2017) and its careful Korean translation (coach.ko.txt: the body in
// newspaper 해라체, a noun-ending headline and standfirst; the KFA president, the committee chairman,
// the lawmaker, the previous coach's written statement and the professor quoted in 합쇼체, the captain
// in 해요체), 90 single-error variants of every kind and 12 clean probes. Same format and scoring as
// ../variants.ts.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this story (not every person named is in it). */
export const R27_TERMS: QaTerm[] = [
  { source: 'Duarte Salgueiro', target: '두아르트 살게이루', kind: 'NAME' },
  { source: 'Bruno Veloso', target: '브루누 벨로주', kind: 'NAME' },
  { source: 'Bang Hyeon-cheol', target: '방현철', kind: 'NAME' },
  { source: 'Yeom Jae-hoon', target: '염재훈', kind: 'NAME' },
  { source: 'Gu Min-seok', target: '구민석', kind: 'NAME' },
  { source: 'Ha Jun-seo', target: '하준서', kind: 'NAME' },
  { source: 'Uhm Da-bin', target: '엄다빈', kind: 'NAME' },
  { source: 'Korea Football Association', target: '대한축구협회', kind: 'TERM' },
  { source: 'National Team Committee', target: '전력강화위원회', kind: 'TERM' },
  { source: 'Asian Football Confederation', target: '아시아축구연맹', kind: 'TERM' },
  { source: 'Ministry of Culture, Sports and Tourism', target: '문화체육관광부', kind: 'TERM' },
  { source: 'FIFA', target: 'FIFA', kind: 'DO_NOT_TRANSLATE', caseSensitive: true },
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

export const R27_VARIANTS: NotedVariant[] = [
  v(
    'r27-squote-1',
    'straight-quote',
    17,
    '“솔직히',
    '"솔직히',
    'a straight opening double quote before the captain’s quote, the closing one stays curly',
  ),
  {
    id: 'r27-squote-2',
    kind: 'straight-quote',
    paragraph: 22,
    replace: [
      ['“시즌', '❝시즌'],
      ['주말부터”', '주말부터❞'],
    ],
    note: 'heavy ornamental quotation marks (U+275D/U+275E) from a symbol font around the coach’s quoted words',
  },
  v('r27-squote-3', 'straight-quote', 3, '‘거주 조항’', "‘거주 조항'", 'a curly opening single quote closed by a straight apostrophe'),
  v(
    'r27-squote-4',
    'straight-quote',
    20,
    '‘침묵 시위’를',
    '＇침묵 시위＇를',
    'full-width apostrophes (U+FF07) typed with the IME around the supporters’ term',
  ),
  {
    id: 'r27-squote-5',
    kind: 'straight-quote',
    paragraph: 4,
    replace: [
      ['“살게이루', '〝살게이루'],
      ['것입니다”라고', '것입니다〞라고'],
    ],
    note: 'reversed double prime quotation marks (U+301D/U+301E) picked from the Hangul IME symbol table for the president’s second sentence',
  },
  v('r27-squote-6', 'straight-quote', 7, '‘밀실 선임’', '′밀실 선임′', 'primes (U+2032) for the single quotes around a so-called term'),

  v('r27-repeat-1', 'repeated-word', 16, '첫 공식 경기는', '첫 공식 첫 공식 경기는', 'a two-word modifier doubled before its noun'),
  v(
    'r27-repeat-2',
    'repeated-word',
    12,
    '지급하기로 했다',
    '지급하기로 하기로 했다',
    'the -기로 하다 construction doubled, an edit left half done',
  ),
  v('r27-repeat-3', 'repeated-word', 15, '랭킹에서', '랭킹 랭킹에서', 'a noun doubled after a bracketed acronym'),
  v('r27-repeat-4', 'repeated-word', 17, '잠을 못 잤어요', '잠을 못 못 잤어요', 'the negation adverb 못 doubled inside a quote'),
  v(
    'r27-repeat-5',
    'repeated-word',
    3,
    '연봉은 코칭스태프',
    '연봉은\u200b연봉은 코칭스태프',
    'a subject doubled with a zero-width space between the copies (a web paste)',
  ),
  v('r27-repeat-6', 'repeated-word', 6, '염 위원장은', '염 위원장 위원장은', 'the title after the surname doubled'),

  v('r27-markup-1', 'markup', 0, '축구협회, 월드컵', '## 축구협회, 월드컵', 'a Markdown heading marker left at the start of the headline'),
  {
    id: 'r27-markup-2',
    kind: 'markup',
    paragraph: 4,
    replace: [
      ['방현철 대한축구협회장은', '<mrk mtype="seg" mid="7">방현철 대한축구협회장은'],
      ['말했다.', '말했다.</mrk>'],
    ],
    note: 'an SDLXLIFF segment marker (mrk mtype="seg") left around the whole paragraph',
  },
  {
    id: 'r27-markup-3',
    kind: 'markup',
    paragraph: 17,
    replace: [
      ['“솔직히', '<font color="#FFFF00">“솔직히'],
      ['보여 드려야죠”', '보여 드려야죠”</font>'],
    ],
    note: 'a subtitle font-colour tag from the broadcast’s SRT captions left around the captain’s quote',
  },
  v(
    'r27-markup-4',
    'markup',
    19,
    '축구종합센터',
    '<a href="https://www.kfa.or.kr/">축구종합센터</a>',
    'an HTML link from the web edition left around the training centre’s name',
  ),
  v('r27-markup-5', 'markup', 5, '전력강화위원장은', '전력강화<wbr>위원장은', 'a CMS word-break tag left inside a long compound title'),
  v(
    'r27-markup-6',
    'markup',
    20,
    '판매가 시작된다.',
    '판매가 시작된다.]]>',
    'the end of an XML CDATA section left after the last sentence',
  ),

  v(
    'r27-fffd-1',
    'replacement-char',
    2,
    '살게이루(52)를',
    '살게\uFFFD루(52)를',
    'a syllable in the middle of the coach’s name lost at first mention',
  ),
  v('r27-fffd-2', 'replacement-char', 10, '1-2로', '1\uFFFD2로', 'the dash of the score lost (an en dash from the feed)'),
  v('r27-fffd-3', 'replacement-char', 13, '바랍니다”라고', '바랍니다\uFFFD라고', 'the closing curly quote of the statement lost'),
  v(
    'r27-fffd-4',
    'replacement-char',
    21,
    '바레인전에서 대표팀의',
    '\uFFFD바레인전에서 대표팀의',
    'a stray U+FFFD at the very start of the paragraph (a byte-order mark cut in half)',
  ),
  v(
    'r27-fffd-5',
    'replacement-char',
    16,
    '쿠웨이트와',
    '쿠웨이\u001A와',
    'the ASCII SUB control (0x1A) a converter writes for a character it cannot map, in place of 트',
  ),
  v('r27-fffd-6', 'replacement-char', 12, '14개월을', '14개\uFFFD을', 'the last syllable of the counter 개월 lost before its particle'),

  v('r27-moji-1', 'mojibake', 7, '감사에서는', MOJI.감사에서는, 'UTF-8 read as ISO-8859-2 (Latin-2) with C1 controls'),
  v('r27-moji-2', 'mojibake', 9, '포르투갈', MOJI.포르투갈, 'UTF-8 read as CP860 (DOS Portuguese)'),
  v('r27-moji-3', 'mojibake', 19, '적자를', MOJI.적자를, 'EUC-KR read as CP437 (the DOS console)'),
  v('r27-moji-4', 'mojibake', 21, '울산 소속으로', `${MOJI.울산} 소속으로`, 'a Python bytes literal written with str() (pure ASCII)'),
  v('r27-moji-5', 'mojibake', 16, '쿠웨이트와', `${MOJI.쿠웨이트}와`, 'HTML hexadecimal character references left unparsed (pure ASCII)'),
  v('r27-moji-6', 'mojibake', 14, '수석코치를', `${MOJI.수석코치}를`, 'JavaScript escape() %u escapes left from a web form (pure ASCII)'),
  v('r27-moji-7', 'mojibake', 18, '합리적인', MOJI.합리적인, 'EUC-KR read as Windows-1253 (Greek)'),

  v(
    'r27-latin-1',
    'latin-name',
    10,
    '서울월드컵경기장에서',
    'Seoul World Cup Stadium에서',
    'the stadium left in English before a particle',
  ),
  v('r27-latin-2', 'latin-name', 9, '프리메이라리가', 'Primeira Liga', 'the Portuguese league left in Latin'),
  v(
    'r27-latin-3',
    'latin-name',
    5,
    '리스본·마드리드',
    'Lisboa·마드리드',
    'the first city of a list left in its Portuguese spelling, neither the source’s Lisbon nor Korean',
  ),
  v('r27-latin-4', 'latin-name', 14, '브루누 벨로주 수석코치를', 'Bruno Veloso 수석코치를', 'the assistant’s glossary name left in Latin'),
  v('r27-latin-5', 'latin-name', 11, '바레인과 이라크에는', 'Bahrain과 이라크에는', 'the first of two countries left in English'),
  v('r27-latin-6', 'latin-name', 9, 'FC 리바도루에서', 'FC Ribadouro에서', 'the club’s name left in Latin at its first mention'),

  v('r27-particle-1', 'particle', 10, '바레인과의', '바레인와의', '와의 after 인, which ends in ㄴ (needs 과의)'),
  v('r27-particle-2', 'particle', 2, '(52)를', '(52)을', '을 after the bracketed age: 살게이루 and 오십이 both end in a vowel (needs 를)'),
  v('r27-particle-3', 'particle', 10, '1-2로', '1-2으로', '으로 after the score’s 2 (이, a vowel), which takes 로'),
  v('r27-particle-4', 'particle', 7, '위원회는 아홉', '위원회은 아홉', '은 after 회, which ends in a vowel'),
  v('r27-particle-5', 'particle', 11, '승점 7로', '승점 7으로', '으로 after 7 (칠, ends in ㄹ), which takes 로'),
  v('r27-particle-6', 'particle', 3, '감독의 계약', '감독에 계약', 'the locative 에 written for the genitive 의 (the two sound alike)'),
  v('r27-particle-7', 'particle', 9, '지도자로서', '지도자로써', '로써 (by means of) for 로서 (in the capacity of)'),

  v('r27-acronym-1', 'acronym', 11, '(AFC)', '(EAFF)', 'the East Asian federation’s acronym for the Asian Football Confederation'),
  v('r27-acronym-2', 'acronym', 15, '(FIFA)', '(FIFPRO)', 'the players’ union’s acronym for FIFA'),
  v('r27-acronym-3', 'acronym', 10, '(VAR)', '(GLT)', 'goal-line technology for the source’s video assistant referee'),
  v('r27-acronym-4', 'acronym', 9, 'UEFA 프로', 'AFC 프로', 'the Asian confederation for the source’s UEFA Pro licence'),
  v('r27-acronym-5', 'acronym', 21, '(ACLE)', '(ACL2)', 'the second-tier Asian club competition for the source’s ACLE'),
  v('r27-acronym-6', 'acronym', 16, 'AFC 일정상', 'AFF 일정상', 'the ASEAN federation’s acronym for the source’s AFC calendar'),

  v(
    'r27-phrase-1',
    'phrase-consistency',
    7,
    '이번에 전력강화위원회는',
    '이번에 기술위원회는',
    'the committee under its pre-2017 name 기술위원회 once, 전력강화위원회 elsewhere',
  ),
  v(
    'r27-phrase-2',
    'phrase-consistency',
    11,
    '3차 예선',
    '최종예선',
    'the third round as 최종예선 (the final round, another stage) once, 3차 예선 elsewhere',
  ),
  v(
    'r27-phrase-3',
    'phrase-consistency',
    9,
    'FC 리바도루에서',
    'FC 히바도루에서',
    'the club transliterated the Brazilian way (R → ㅎ) once, 리바도루 twice in the same paragraph',
  ),
  v('r27-phrase-4', 'phrase-consistency', 20, '평가표를', '채점표를', 'the scoring sheets as 채점표 once, 평가표 in the lawmaker’s quote'),
  v(
    'r27-phrase-5',
    'phrase-consistency',
    22,
    'K리그 경기를',
    'K-리그 경기를',
    'the league under its pre-2013 spelling K-리그 once, K리그 elsewhere',
  ),
  v(
    'r27-phrase-6',
    'phrase-consistency',
    22,
    '벨로주 수석코치는',
    '벨로주 어시스턴트 코치는',
    'the assistant as the calque 어시스턴트 코치 once, 수석코치 elsewhere',
  ),
  v(
    'r27-phrase-7',
    'phrase-consistency',
    2,
    '월드컵 3차 예선',
    '월드컵 3라운드 예선',
    'the third round calqued as 3라운드 예선 in the lead, 3차 예선 elsewhere',
  ),

  v('r27-time-1', 'relative-time', 7, '재작년', '지난해', 'the year before last as last year'),
  v('r27-time-2', 'relative-time', 15, '지난주 발표된', '이번 주 발표된', 'the ranking published last week as this week'),
  v('r27-time-3', 'relative-time', 12, '이틀 뒤', '이틀 전', 'two days after the match as two days before it'),
  v('r27-time-4', 'relative-time', 16, '내년 3월 25일', '올해 3월 25일', 'March 25 next year as this year’s, already past'),
  v(
    'r27-time-5',
    'relative-time',
    22,
    '다음 주 월요일인 21일',
    '이번 주 월요일인 21일',
    'next Monday, Dec. 21 as this week’s Monday (the 14th, already past)',
  ),
  v('r27-time-6', 'relative-time', 20, '연말까지', '내년 말까지', 'by the end of the year as by the end of next year'),
  v('r27-time-7', 'relative-time', 5, '지난 11일', '오는 11일', 'last Friday, Dec. 11 written as a coming date'),

  v(
    'r27-drop-1',
    'dropped-sentence',
    3,
    ' 이른바 ‘거주 조항’에 따라 그는 한 해에 최소 200일을 한국에 머물러야 한다.',
    '',
    'the residency-clause sentence with its 200 days dropped',
  ),
  v(
    'r27-drop-2',
    'dropped-sentence',
    10,
    ' 약 6만6000석 규모의 경기장을 찾은 관중은 2만8415명에 그쳤다.',
    '',
    'the attendance sentence dropped',
  ),
  v(
    'r27-drop-3',
    'dropped-sentence',
    4,
    '골랐습니다”라며 “살게이루 감독은 한국에 살기로 했고, 한 경기 결과가 아니라 예선 전체로 평가받을 것입니다”라고',
    '골랐습니다”라고',
    'the president’s second quoted sentence dropped',
  ),
  v(
    'r27-drop-4',
    'dropped-sentence',
    9,
    '갖고 있지만 아시아에서 지도자로서 일한 경험은 없다.',
    '갖고 있다.',
    'the clause saying he has never coached in Asia dropped, the verb closed off',
  ),
  v('r27-drop-5', 'dropped-sentence', 15, ' 바레인은 79위로 올라섰다.', '', 'the short closing sentence on Bahrain’s ranking dropped'),
  v(
    'r27-drop-6',
    'dropped-sentence',
    5,
    '면접했고, 이 가운데 4명은 리스본·마드리드·런던에서 직접 만났다고',
    '면접했다고',
    'the clause on the four in-person interviews and three cities dropped',
  ),

  v('r27-number-1', 'numbers', 10, '1-2로 졌다', '2-1로 졌다', 'the English score order copied: in Korean 2-1 reads as Korea’s two goals'),
  v('r27-number-2', 'numbers', 10, '전반 34분', '후반 34분', 'the 34th minute put in the second half (the 79th)'),
  v('r27-number-3', 'numbers', 10, '후반 33분', '후반 38분', 'the 78th minute converted wrongly into second-half time'),
  v(
    'r27-number-4',
    'numbers',
    11,
    '2승 1무 2패',
    '2승 2무 1패',
    'the record swapped: two draws and one defeat, which would not make seven points',
  ),
  v('r27-number-5', 'numbers', 12, '약 7억 원', '약 70억 원', '700 million won as 7 billion'),
  v('r27-number-6', 'numbers', 5, '후보 31명을', '후보 13명을', '31 candidates with the digits swapped'),
  v('r27-number-7', 'numbers', 15, '23위에서 27위로', '27위에서 23위로', 'the ranks reversed: a rise, though the verb still says it fell'),

  v('r27-speech-1', 'speech-level', 10, '1-2로 졌다.', '1-2로 졌대요.', 'a narration sentence in the hearsay 해요체 ending -대요'),
  v('r27-speech-2', 'speech-level', 19, '적자를 냈다.', '적자를 냈어.', 'a narration sentence in 반말 (해체)'),
  v(
    'r27-speech-3',
    'speech-level',
    13,
    '저에게 있습니다.',
    '저에게 있어요.',
    'the former coach’s written statement in 해요체 for its first sentence, 합쇼체 for its second',
  ),
  v(
    'r27-speech-4',
    'speech-level',
    8,
    '공개해야 합니다”라고',
    '공개해야 한다”고',
    'the lawmaker’s second sentence in 해라체 after a 합쇼체 one',
  ),
  v('r27-speech-5', 'speech-level', 17, '잠을 못 잤어요.', '잠을 못 잤다.', 'the captain’s first sentence in 해라체, his second in 해요체'),
  v(
    'r27-speech-6',
    'speech-level',
    6,
    '아니었습니다”라며',
    '아니었거든요”라며',
    'the chairman’s first sentence in 해요체 (-거든요), his second in 합쇼체',
  ),
  v(
    'r27-speech-7',
    'speech-level',
    22,
    '발표할 것으로 보인다.',
    '발표할 전망.',
    'a body sentence ending in a headline-style noun instead of 해라체',
  ),

  v('r27-name-1', 'name-lost', 5, '염재훈', '엄재훈', 'Yeom written 엄 although the source gives 염'),
  v('r27-name-2', 'name-lost', 12, '구민석(57)', '고민석(57)', 'Gu written 고 although the source gives 구'),
  v('r27-name-3', 'name-lost', 10, '석도윤이', '성도윤이', 'Seok written 성 although the source gives 석'),
  v(
    'r27-name-4',
    'name-lost',
    8,
    '소속 표승아 의원은',
    '소속 한 의원은',
    'the lawmaker made anonymous at her first mention (표 의원 follows)',
  ),
  v('r27-name-5', 'name-lost', 2, '두아르트 살게이루', '두아르테 살게이루', 'Duarte read the Spanish way, not the glossary’s 두아르트'),
  v('r27-name-6', 'name-lost', 17, '하준서(29)는', '하준수(29)는', 'Jun-seo written 준수, not the glossary’s 준서'),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R27_PROBES: NotedProbe[] = [
  p('r27-probe-1', 10, '1-2로 졌다', '1 대 2로 졌다', 'the score written with 대'),
  p('r27-probe-2', 10, '후반 추가시간 3분', '후반 48분', 'three minutes into stoppage time counted on from 45, as Korean reports often do'),
  p('r27-probe-3', 5, '지난 11일', '지난주 금요일인 11일', 'the weekday of last Friday spelled out'),
  p('r27-probe-4', 15, '국제축구연맹(FIFA) 랭킹', 'FIFA 랭킹', 'FIFA alone, kept in Latin, without the Korean expansion'),
  p(
    'r27-probe-5',
    8,
    '국회 문화체육관광위원회',
    '국회 문화체육관광위원회(문체위)',
    'the committee’s usual Korean abbreviation in brackets',
  ),
  p('r27-probe-6', 3, '(약 39억 원)', '(39억 원 안팎)', '“roughly” as 안팎 after the figure'),
  p('r27-probe-7', 22, '다음 주 월요일인 21일', '21일(월)', 'the date with its weekday in brackets'),
  p('r27-probe-8', 14, '23세 이하(U-23) 대표팀', 'U-23 대표팀', 'the team’s usual Latin label alone'),
  p('r27-probe-9', 12, '구민석(57) 전 감독은', '구민석 전 감독(57)은', 'the age after the title, another house style'),
  p('r27-probe-10', 9, 'UEFA 프로 라이선스', '유럽축구연맹(UEFA) 프로 라이선스', 'UEFA expanded in Korean with the acronym in brackets'),
  p(
    'r27-probe-11',
    2,
    '두아르트 살게이루(52)를',
    '두아르트 살게이루(Duarte Salgueiro·52)를',
    'the foreign name’s original spelling in brackets with the age, Korean news style',
  ),
  p('r27-probe-12', 16, '닷새 뒤에는', '5일 뒤에는', 'five days written in figures'),
];
