// Round-25 held-out set (written by the round-25 QA writer BEFORE any check was run on it, committed
// alone before any check was changed, and never edited after seeing results): a business/energy
// radio commentary (heatpump.en.txt, the script of the current-affairs programme ‘Business Now’ for
// Friday 11 December 2026; the companies Haneul Electronics, Rheinwerk Energie, Tianrui and Seorin
// Securities, the deal, the figures and every person are INVENTED, real institutions and places
// named as names only): the Korean appliance maker Haneul Electronics (하늘전자) wins a €1.2 billion
// order for 300,000 air-source heat pumps from the German utility Rheinwerk Energie (라인베르크
// 에너지) as the EU phases out gas boilers; the Changwon plant expansion and hiring, the F-gas
// regulation and the propane refrigerant R290, the Chinese rival Tianrui (톈루이), stalled wage
// talks, the ministry's and KOTRA's support, the share price, third-quarter results and an analyst's
// note; a headline, a standfirst and 21 body paragraphs; the CEO Choi Jae-won(최재원) (Choi → 최),
// the professor Rhee Sang-min(이상민) (Rhee → 이, not 리), the line worker Noh Dae-ho(노대호) (Noh →
// 노), the union branch head Jung Hae-sung(정해성) (Jung → 정), the ministry director-general Yoon
// Seo-yeon(윤서연), the KOTRA Frankfurt head Oh Min-kyu(오민규), the vice-president Lim
// Soo-bin(임수빈) (Lim → 임) and the analyst Ryu Ji-hoon(류지훈) (Ryu → 류, not 유) with their Hangul
// in brackets; the German procurement head Katrin Hoffmeister written in Hangul (카트린 호프마이스터);
// EU, REPowerEU (kept in Latin), F-gas, GWP, COP, MOTIE (산업통상자원부, 산업부 in the Korean),
// KOTRA, HVAC, R290 and R410A; €1.2 billion → 12억 유로, 1,450 won to the euro → 유로당 1450원,
// 1.74 trillion won → 1조7400억 원, a fifth → 5분의 1, 6%, 300,000 units → 30만 대, 39 euros a
// month, seven bidders, GWP 3 and more than 2,000, COP 4.5, 280 billion won → 2800억 원, 250,000 →
// 400,000 units, 600 hires, 12 years, 7.2% and 4.5% (a gap of 2.7%포인트), 8%, 40%, a third →
// 3분의 1, 15%, 14 service centres, 14.6% to 87,300 won → 8만7300원, 52 billion won → 520억 원,
// 312 billion won → 3120억 원, 18%, 1.2%포인트 to 6.4%, 110,000 won → 11만 원, 0.8%포인트, 0.5% a
// week, 20%; on Thursday → 10일 (twice), Monday, Nov. 30 → 지난달 30일 (across the month boundary),
// Wednesday, Dec. 2 → 2일, Tuesday, Dec. 15 → 15일, next Friday, Dec. 18 → 다음 주 금요일인 18일,
// January last year → 지난해 1월, July next year → 내년 7월, the end of January → 내년 1월 말; this
// year, last year, next year, next month, the last quarter → 지난 분기, the third quarter, within
// the year → 연내에, the second half of next year → 내년 하반기 (twice)) and its careful Korean
// translation (heatpump.ko.txt: the host's narration in 합쇼체, as radio scripts are, a noun-ending
// headline and standfirst; the CEO, the professor, the union branch head, the ministry official and
// the vice-president quoted in 합쇼체, the line worker in 해요체, the analyst's written note in
// 해라체), 90 single-error variants of every kind and 12 clean probes. Same format and scoring as
// ../variants.ts.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this story (not every person named is in it). */
export const R25_TERMS: QaTerm[] = [
  { source: 'Choi Jae-won', target: '최재원', kind: 'NAME' },
  { source: 'Rhee Sang-min', target: '이상민', kind: 'NAME' },
  { source: 'Jung Hae-sung', target: '정해성', kind: 'NAME' },
  { source: 'Lim Soo-bin', target: '임수빈', kind: 'NAME' },
  { source: 'Ryu Ji-hoon', target: '류지훈', kind: 'NAME' },
  { source: 'Katrin Hoffmeister', target: '카트린 호프마이스터', kind: 'NAME' },
  { source: 'Haneul Electronics', target: '하늘전자', kind: 'TERM' },
  { source: 'Rheinwerk Energie', target: '라인베르크 에너지', kind: 'TERM' },
  { source: 'Tianrui', target: '톈루이', kind: 'TERM' },
  { source: 'Ministry of Trade, Industry and Energy', target: '산업통상자원부', kind: 'TERM' },
  { source: 'Korea Trade-Investment Promotion Agency', target: '대한무역투자진흥공사', kind: 'TERM' },
  { source: 'REPowerEU', target: 'REPowerEU', kind: 'DO_NOT_TRANSLATE', caseSensitive: true },
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

export const R25_VARIANTS: NotedVariant[] = [
  v('r25-squote-1', 'straight-quote', 5, '“유럽은', '"유럽은', 'a straight opening double quote, the closing one stays curly'),
  v(
    'r25-squote-2',
    'straight-quote',
    1,
    '‘비즈니스 나우’',
    "'비즈니스 나우'",
    'straight single quotes around the programme’s name in the standfirst',
  ),
  v(
    'r25-squote-3',
    'straight-quote',
    13,
    '정당한 몫입니다”라고',
    '정당한 몫입니다〃라고',
    'a ditto mark (U+3003) from the Hangul IME symbol table closes the quote',
  ),
  {
    id: 'r25-squote-4',
    kind: 'straight-quote',
    paragraph: 20,
    replace: [
      ['“다만', '«다만'],
      ['줄어든다”고', '줄어든다»고'],
    ],
    note: 'French guillemets from a fr-FR template around the analyst’s second sentence',
  },
  {
    id: 'r25-squote-5',
    kind: 'straight-quote',
    paragraph: 11,
    replace: [
      ['“2년', '``2년'],
      ['해요”라고', "해요''라고"],
    ],
    note: 'TeX-style quotes (two backticks, two apostrophes) from a LaTeX export around the worker’s quote',
  },
  v(
    'r25-squote-6',
    'straight-quote',
    22,
    '‘비즈니스 나우’는',
    '`비즈니스 나우`는',
    'Markdown backticks for the single quotes around the programme’s name',
  ),

  v('r25-repeat-1', 'repeated-word', 3, '30만 대를', '30만 대를 대를', 'the counter noun with its particle doubled after a number'),
  v('r25-repeat-2', 'repeated-word', 8, '규정에 따라', '규정에 규정에 따라', 'a noun with its locative particle doubled'),
  v('r25-repeat-3', 'repeated-word', 16, '근소한 차이로', '근소한 차이로 차이로', 'a noun with its instrumental particle doubled'),
  v(
    'r25-repeat-4',
    'repeated-word',
    2,
    '가전업체 하늘전자가',
    '가전업체 가전업체 하늘전자가',
    'the descriptor before the company name doubled',
  ),
  v('r25-repeat-5', 'repeated-word', 15, '해마다 약 8%씩', '해마다 해마다 약 8%씩', 'an adverb doubled before a figure'),
  v(
    'r25-repeat-6',
    'repeated-word',
    18,
    '외국인은 이 종목을',
    '외국인은\u00a0외국인은 이 종목을',
    'a subject doubled with a no-break space between the copies (a paste over a selection)',
  ),

  v(
    'r25-markup-1',
    'markup',
    7,
    'REPowerEU 계획에',
    '<span lang="en">REPowerEU</span> 계획에',
    'an HTML language span left around the plan’s Latin name',
  ),
  v('r25-markup-2', 'markup', 4, '유로당 1450원으로', '유로당 {1}1450원{/1}으로', 'memoQ-style numbered inline tags left around the rate'),
  v('r25-markup-3', 'markup', 19, '6.4%로', '{\\b 6.4%}로', 'an RTF bold group from a rich-text paste around a figure'),
  v(
    'r25-markup-4',
    'markup',
    12,
    '하지만 임금 협상은',
    '<p class="MsoNormal">하지만 임금 협상은',
    'a Word HTML paragraph opening tag with its Mso class at the start',
  ),
  v('r25-markup-5', 'markup', 17, '서비스센터 14곳을', '[[서비스센터]] 14곳을', 'MediaWiki link brackets from a wiki paste'),
  v(
    'r25-markup-6',
    'markup',
    22,
    '이번 주 ‘비즈니스 나우’는',
    '이번 주&amp;nbsp;‘비즈니스 나우’는',
    'a double-escaped no-break space entity showing as text',
  ),

  v('r25-fffd-1', 'replacement-char', 4, '1조7400억 원으로', '1조7400억 원\uFFFD로', 'the 으 of the particle lost after a money figure'),
  v('r25-fffd-2', 'replacement-char', 6, '에센에서', '에\uFFFD에서', 'a syllable of the city name lost'),
  v('r25-fffd-3', 'replacement-char', 11, '잔업', '\uFFFD업', 'the first syllable of a two-syllable noun lost in a quote'),
  v('r25-fffd-4', 'replacement-char', 8, 'R410A(2000 이상)', 'R410A(2000 이상\uFFFD', 'the closing bracket lost'),
  v('r25-fffd-5', 'replacement-char', 0, '12억 유로', '12억 \uFFFD로', 'a syllable of the currency lost in the headline'),
  v('r25-fffd-6', 'replacement-char', 21, '지체상금으로', '지체상\uFFFD으로', 'the last syllable of a compound lost before its particle'),

  v('r25-moji-1', 'mojibake', 10, '경남 창원공장을', `경남 ${MOJI.창원공장을}`, 'UTF-8 read as Windows-1253 (Greek) with U+FFFD'),
  v('r25-moji-2', 'mojibake', 12, '임금 협상은', `${MOJI.임금} 협상은`, 'UTF-8 read as CP862 (DOS Hebrew)'),
  v('r25-moji-3', 'mojibake', 4, '환율인', MOJI.환율인, 'UTF-8 read as ISO-8859-15 (Latin-9) with C1 controls'),
  v('r25-moji-4', 'mojibake', 19, '영업이익은', MOJI.영업이익은, 'EUC-KR read as Windows-1252'),
  v('r25-moji-5', 'mojibake', 8, '냉매 문제도', `${MOJI.냉매} 문제도`, 'an undecoded RFC 2047 MIME encoded word (pure ASCII)'),
  v('r25-moji-6', 'mojibake', 18, '순매수했습니다', MOJI.순매수했습니다, 'JSON \\u escapes left unparsed (pure ASCII)'),

  v('r25-latin-1', 'latin-name', 10, '경남 창원공장을', '경남 Changwon공장을', 'the city left romanised inside the compound 창원공장'),
  v('r25-latin-2', 'latin-name', 6, '에센에서', 'Essen에서', 'the German city left in Latin before a particle'),
  v(
    'r25-latin-3',
    'latin-name',
    16,
    '중국 업체 톈루이는',
    '중국 업체 Tianrui는',
    'the Chinese rival left in pinyin, not the glossary form',
  ),
  v(
    'r25-latin-4',
    'latin-name',
    6,
    '카트린 호프마이스터 라인베르크',
    'Katrin Hoffmeister 라인베르크',
    'the foreign person’s name left in Latin',
  ),
  v(
    'r25-latin-5',
    'latin-name',
    15,
    '오민규 KOTRA 프랑크푸르트무역관장은',
    '오민규 KOTRA Frankfurt무역관장은',
    'the city left in Latin inside a title (KOTRA beside it is allowed Latin)',
  ),
  v(
    'r25-latin-6',
    'latin-name',
    9,
    '이상민 부산대 기계공학부',
    '이상민 Pusan National University 기계공학부',
    'the university left in English between the name and the department',
  ),

  v('r25-particle-1', 'particle', 2, '라인베르크 에너지로부터', '라인베르크 에너지으로부터', '으로부터 after 지, which ends in a vowel'),
  v('r25-particle-2', 'particle', 8, 'R290을', 'R290를', '를 after R290 (…구공, ends in ㅇ)'),
  v('r25-particle-3', 'particle', 17, '서비스센터 14곳을', '서비스센터 14곳를', '를 after the counter 곳 (ends in ㅅ)'),
  v(
    'r25-particle-4',
    'particle',
    15,
    '프랑크푸르트무역관장은',
    '프랑크푸르트무역관장는',
    '는 after 장 (ends in ㅇ) at the end of a long title',
  ),
  v('r25-particle-5', 'particle', 5, '최재원 하늘전자 대표는', '최재원 하늘전자 대표은', '은 after 표, which ends in a vowel'),
  v('r25-particle-6', 'particle', 20, '목표주가를', '목표주가을', '을 after 가, which ends in a vowel'),
  v(
    'r25-particle-7',
    'particle',
    9,
    '성능계수(COP)가',
    '성능계수(COP)이',
    '이 after the bracket: wrong for 성능계수 (vowel) and for COP read either way',
  ),

  v(
    'r25-acronym-1',
    'acronym',
    8,
    '지구온난화지수(GWP)',
    '지구온난화지수(GHG)',
    'greenhouse gas for the source’s global warming potential',
  ),
  v('r25-acronym-2', 'acronym', 9, '성능계수(COP)', '성능계수(EER)', 'energy efficiency ratio, another metric, for the source’s COP'),
  v('r25-acronym-3', 'acronym', 15, '냉난방공조(HVAC)', '냉난방공조(HAVC)', 'a letter transposition in HVAC'),
  v(
    'r25-acronym-4',
    'acronym',
    14,
    '산업통상자원부(산업부)',
    '산업통상자원부(중기부)',
    'the Korean abbreviation of another ministry (SMEs and Startups)',
  ),
  v('r25-acronym-5', 'acronym', 15, '대한무역투자진흥공사(KOTRA)', '대한무역투자진흥공사(KOICA)', 'the aid agency’s acronym for KOTRA'),
  v('r25-acronym-6', 'acronym', 7, '유럽연합(EU)은', '유럽연합(EC)은', 'the European Commission’s acronym for the source’s EU'),

  v(
    'r25-phrase-1',
    'phrase-consistency',
    16,
    '히트펌프의 3분의 1',
    '열펌프의 3분의 1',
    'heat pump as 열펌프 once, 히트펌프 everywhere else',
  ),
  v(
    'r25-phrase-2',
    'phrase-consistency',
    22,
    '임금 협상 결과를',
    '임단협 결과를',
    'the wage talks as 임단협 (wage and collective-agreement talks) once',
  ),
  v(
    'r25-phrase-3',
    'phrase-consistency',
    19,
    '영업이익률은 6.4%로',
    '영업마진은 6.4%로',
    'operating margin as 영업마진 once, 영업이익률 in the analyst’s quote',
  ),
  v(
    'r25-phrase-4',
    'phrase-consistency',
    2,
    '라인베르크 에너지로부터',
    '라인베르크 에네르기로부터',
    'Energie transliterated from German once, the glossary’s 라인베르크 에너지 elsewhere',
  ),
  v(
    'r25-phrase-5',
    'phrase-consistency',
    14,
    '윤서연 산업부 국장은',
    '윤서연 산자부 국장은',
    'the ministry as the outdated 산자부 once, 산업부 elsewhere',
  ),
  v(
    'r25-phrase-6',
    'phrase-consistency',
    10,
    '경남 창원공장을 증설하고',
    '경남 창원사업장을 증설하고',
    'the plant as 창원사업장 once, 창원공장 elsewhere',
  ),
  v('r25-phrase-7', 'phrase-consistency', 8, '냉매로 쓰는데', '냉각제로 쓰는데', 'refrigerant as 냉각제 once, 냉매 elsewhere'),

  v('r25-time-1', 'relative-time', 6, '지난달 30일', '이달 30일', 'Monday, Nov. 30 as this month’s 30th, still ahead'),
  v('r25-time-2', 'relative-time', 3, '내년 하반기부터', '내년 상반기부터', 'the second half of next year as the first half'),
  v('r25-time-3', 'relative-time', 10, '공사는 다음 달 시작됩니다', '공사는 이달 시작됩니다', 'next month as this month'),
  v('r25-time-4', 'relative-time', 14, '연내에 마련하겠다고', '내년 중에 마련하겠다고', 'within the year as during next year'),
  v('r25-time-5', 'relative-time', 16, '지난 분기 가격을', '이번 분기 가격을', 'the last quarter as this quarter'),
  v('r25-time-6', 'relative-time', 7, '지난해 1월부터는', '올해 1월부터는', 'January last year as January this year'),
  v('r25-time-7', 'relative-time', 22, '금요일인 18일에는', '금요일인 19일에는', 'next Friday, Dec. 18 as the 19th, a Saturday'),

  v(
    'r25-drop-1',
    'dropped-sentence',
    2,
    ' 독일 서부와 네덜란드 가정에 들어갈 물량으로, 창립 51년 만에 단일 해외 수주로는 최대 규모입니다.',
    '',
    'the sentence on where the units go and the record size dropped',
  ),
  v(
    'r25-drop-2',
    'dropped-sentence',
    4,
    ' 올해 들어 원화 가치가 유로 대비 약 6% 떨어진 만큼 원화 환산액이 더 커 보이는 측면도 있습니다.',
    '',
    'the sentence on the won’s fall dropped',
  ),
  v('r25-drop-3', 'dropped-sentence', 12, ' 노사는 15일 다시 만납니다.', '', 'the next meeting date dropped'),
  v(
    'r25-drop-4',
    'dropped-sentence',
    16,
    '내렸고, 이번 라인베르크 입찰에서 하늘전자에 근소한 차이로 밀렸습니다.',
    '내렸습니다.',
    'the clause on losing the tender dropped, the verb closed off',
  ),
  v(
    'r25-drop-5',
    'dropped-sentence',
    17,
    '승부하겠습니다. 내년에 독일에 서비스센터 14곳을 열 예정입니다”',
    '승부하겠습니다”',
    'the second sentence inside the vice-president’s quote dropped',
  ),
  v(
    'r25-drop-6',
    'dropped-sentence',
    21,
    ' 독일이 내년에 히트펌프 보조금을 줄이면 라인베르크는 물량을 최대 20%까지 줄일 수 있습니다.',
    '',
    'the last sentence on the subsidy clause dropped',
  ),

  v('r25-number-1', 'numbers', 1, '약 1조7400억 원', '약 17조4000억 원', 'the won value ten times too large in the standfirst'),
  v('r25-number-2', 'numbers', 4, '유로당 1450원', '유로당 1540원', 'the exchange rate with digits swapped'),
  v('r25-number-3', 'numbers', 10, '25만 대에서 40만 대로', '25만 대에서 45만 대로', 'the new capacity 400,000 as 450,000'),
  v('r25-number-4', 'numbers', 12, '2.7%포인트에', '2.7%에', 'percentage points written as percent'),
  v('r25-number-5', 'numbers', 18, '8만7300원으로', '8만3700원으로', 'the closing price with digits swapped'),
  v('r25-number-6', 'numbers', 19, '3120억 원으로', '312억 원으로', 'operating profit ten times too small'),
  v('r25-number-7', 'numbers', 20, '11만 원으로', '1만1000원으로', 'the target price 110,000 as 11,000'),

  v('r25-speech-1', 'speech-level', 2, '10일 밝혔습니다.', '10일 밝혔다.', 'the host’s narration slips into newspaper 해라체'),
  v('r25-speech-2', 'speech-level', 16, '경쟁은 치열합니다.', '경쟁은 치열해요.', 'the host’s narration in 해요체'),
  v(
    'r25-speech-3',
    'speech-level',
    11,
    '걱정했어요.',
    '걱정했습니다.',
    'the worker’s first sentence in 합쇼체, his second in 해요체 (one speaker, two registers)',
  ),
  v('r25-speech-4', 'speech-level', 5, '보여 줍니다”라고', '보여 줘”라고', 'the CEO at a press conference quoted in 반말 (해체)'),
  v(
    'r25-speech-5',
    'speech-level',
    20,
    '높아질 수 있다”며',
    '높아질 수 있어요”라며',
    'the analyst’s written note in 해요체 for its first sentence, 해라체 for its second',
  ),
  v('r25-speech-6', 'speech-level', 21, '위험 요인도 남아 있습니다.', '위험 요인도 남아 있음.', 'narration in the memo-style nominal -음'),
  v('r25-speech-7', 'speech-level', 14, '돕겠습니다”라고', '도울게요”라고', 'the director-general’s official statement in 해요체'),

  v('r25-name-1', 'name-lost', 9, '이상민 부산대', '리상민 부산대', 'Rhee written 리 although the source gives 이'),
  v('r25-name-2', 'name-lost', 13, '정해성 노조', '정혜성 노조', 'Hae-sung written 혜성 although the source gives 해성'),
  v(
    'r25-name-3',
    'name-lost',
    17,
    '임수빈 하늘전자 유럽영업담당 부사장은',
    '하늘전자 유럽영업담당 부사장은',
    'the vice-president’s name dropped, only the title kept',
  ),
  v('r25-name-4', 'name-lost', 20, '류지훈 서린증권', '유지훈 서린증권', 'Ryu written 유 although the source gives 류'),
  v('r25-name-5', 'name-lost', 14, '윤서연 산업부 국장은', '윤소연 산업부 국장은', 'Seo-yeon written 소연 although the source gives 서연'),
  v('r25-name-6', 'name-lost', 6, '호프마이스터', '호프마스터', 'Hoffmeister written 호프마스터, not the glossary’s 호프마이스터'),
  v('r25-name-7', 'name-lost', 5, '최재원 하늘전자 대표는', '최재훈 하늘전자 대표는', 'Jae-won written 재훈, not the glossary’s 재원'),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R25_PROBES: NotedProbe[] = [
  p(
    'r25-probe-1',
    2,
    '10일 밝혔습니다',
    '어제(10일) 밝혔습니다',
    'the radio’s “yesterday” with the date in brackets (the broadcast is on the 11th)',
  ),
  p('r25-probe-2', 4, '약 6% 떨어진', '약 6퍼센트 떨어진', 'the percent sign written out'),
  p('r25-probe-3', 14, '산업통상자원부(산업부)', '산업통상자원부(MOTIE)', 'the source’s Latin acronym in the brackets'),
  p('r25-probe-4', 15, '오민규 KOTRA 프랑크푸르트무역관장은', '오민규 코트라 프랑크푸르트무역관장은', 'KOTRA in its usual Hangul form'),
  p('r25-probe-5', 8, 'R290을', 'R-290을', 'the refrigerant’s name with a hyphen, an accepted spelling'),
  p('r25-probe-6', 12, '2.7%포인트', '2.7%p', 'percentage points abbreviated %p, as Korean business news does'),
  p('r25-probe-7', 19, '7~9월', '7월부터 9월까지', 'the month range written out'),
  p('r25-probe-8', 22, '다음 주 금요일인 18일에는', '다음 주 금요일(18일)에는', 'the weekday with the date in brackets'),
  p('r25-probe-9', 6, '지난달 30일', '11월 30일', 'the month named instead of 지난달'),
  p('r25-probe-10', 3, '5년 동안', '5년간', 'the suffix 간 for 동안'),
  p('r25-probe-11', 7, 'REPowerEU 계획에', '리파워EU(REPowerEU) 계획에', 'the plan’s Hangul reading with the Latin name kept in brackets'),
  p('r25-probe-12', 9, '성능계수(COP)가', '성능 계수(COP)가', 'the technical compound spaced, also correct'),
];
