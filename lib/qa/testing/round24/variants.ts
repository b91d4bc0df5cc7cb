// Round-24 held-out set (written by the round-24 QA writer BEFORE any check was run on it, committed
// alone before any check was changed, and never edited after seeing results): an arts/culture news
// story (repatriation.en.txt, dated Thursday 10 December 2026; the painting, its painter, the auction
// house Meiho Auction, the deal, the figures and every person are INVENTED, real institutions and
// places named as names only): an 18th-century handscroll by the Joseon court painter Jo Yeong-ha
// (1712-1779), ‘Spring Outing at Segeomjeong’ (세검정춘유도), taken to Kyoto in 1936 by a Japanese
// textile industrialist, returns to the National Museum of Korea (NMK) after the Overseas Korean
// Cultural Heritage Foundation (OKCHF, under the Korea Heritage Service, KHS — 국가유산청, the
// Cultural Heritage Administration until May 2024) negotiated a sale-and-donation with his
// granddaughter Takeda Haruko (written in Hangul, 다케다 하루코); a headline, a standfirst and 21 body
// paragraphs; the conservator Shim Eun-ji(심은지) (Shim → 심), the curator Lim Ha-yeon(임하연) (Lim →
// 임, not 림), the negotiator Noh Seung-hwan(노승환) (Noh → 노, not 로), the auction-house specialist
// Jung Da-eun(정다은) (Jung → 정), the vice minister Bae Hyun-sik(배현식) (Bae → 배), the KHS official
// Yang Min-seok(양민석), the professor Choi Byung-joon(최병준) (Choi → 최) and the visitor Byun
// Sang-woo(변상우) (Byun → 변) with their Hangul in brackets; NMK, OKCHF, KHS (dropped in the Korean,
// which uses 국립중앙박물관, 재단, 국가유산청), MCST as 문체부, XRF, CT, ICOM, MOU, UNESCO as 유네스코;
// ¥380 million → 3억8000만 엔 (약 35억 원), ¥650 million → 6억5000만 엔, 42% below, 60% = 21억 원 and
// 14억 원, 4.2m, 17 tears, 1억8000만 원, 40 works, 2,000 a day, 40 minutes, 11 trips, 15% → 230억 원,
// 1,560 and 31 artefacts, 24만7000점 in 29 countries, 44.3%, 1910~1945년, 412만 and 390만 visitors
// (1~11월), 5만8000명 in five days, 3 paintings; on Thursday → 10일, Friday, Nov. 27 → 지난달 27일
// (across the month boundary), Tuesday, Dec. 1 → 1일, Wednesday → 9일, three days from Friday →
// 11일부터 사흘간, Saturday → 12일, Tuesday, April 20, next year → 내년 4월 20일, by the end of March
// next year → 내년 3월 말까지; this year, last year, March last year, last month, within the year →
// 연내에 (twice), the first half of next year → 내년 상반기, next spring → 내년 봄) and its careful
// Korean newspaper translation (repatriation.ko.txt: 해라체 narration, noun-ending headline and
// standfirst; the conservator, the curator, the auction-house specialist, the vice minister and the
// KHS official quoted in 합쇼체, the heir and the visitor in 해요체, the professor in the 해라체
// papers use for quoted statements), 90 single-error variants of every kind and 12 clean probes. Same
// format and scoring as ../variants.ts.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this story (not every person named is in it). */
export const R24_TERMS: QaTerm[] = [
  { source: 'Jo Yeong-ha', target: '조영하', kind: 'NAME' },
  { source: 'Takeda Haruko', target: '다케다 하루코', kind: 'NAME' },
  { source: 'Lim Ha-yeon', target: '임하연', kind: 'NAME' },
  { source: 'Noh Seung-hwan', target: '노승환', kind: 'NAME' },
  { source: 'Bae Hyun-sik', target: '배현식', kind: 'NAME' },
  { source: 'Choi Byung-joon', target: '최병준', kind: 'NAME' },
  { source: 'Spring Outing at Segeomjeong', target: '세검정춘유도', kind: 'TERM' },
  { source: 'Meiho Auction', target: '메이호옥션', kind: 'TERM' },
  { source: 'National Museum of Korea', target: '국립중앙박물관', kind: 'TERM' },
  { source: 'Korea Heritage Service', target: '국가유산청', kind: 'TERM' },
  { source: 'Overseas Korean Cultural Heritage Foundation', target: '국외소재문화유산재단', kind: 'TERM' },
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

export const R24_VARIANTS: NotedVariant[] = [
  v(
    'r24-squote-1',
    'straight-quote',
    8,
    '남아 있습니다”라고',
    '남아 있습니다"라고',
    'a straight closing double quote after a curly opening one (autocorrect skipped the close)',
  ),
  v('r24-squote-2', 'straight-quote', 3, '‘세검정춘유도’라는', "'세검정춘유도'라는", 'straight single quotes around the painting’s title'),
  v(
    'r24-squote-3',
    'straight-quote',
    11,
    '“조영하의',
    '＂조영하의',
    'a full-width quotation mark (U+FF02) typed with an IME opens the quote',
  ),
  {
    id: 'r24-squote-4',
    kind: 'straight-quote',
    paragraph: 14,
    replace: [
      ['“할아버지는', '「할아버지는'],
      ['하셨어요”라며', '하셨어요」라며'],
    ],
    note: 'Japanese corner brackets kept from the heir’s Japanese statement around the first quoted sentence',
  },
  {
    id: 'r24-squote-5',
    kind: 'straight-quote',
    paragraph: 21,
    replace: [
      ['“잃어버린', '"잃어버린'],
      ['싶어요”라며', '싶어요"라며'],
    ],
    note: 'both ends of the visitor’s first quoted sentence straight, the second stays curly',
  },
  v(
    'r24-squote-6',
    'straight-quote',
    0,
    '‘세검정춘유도’,',
    '´세검정춘유도´,',
    'acute accents (U+00B4) typed for the single quotes in the headline',
  ),

  v('r24-repeat-1', 'repeated-word', 5, '두루마리를 넘기고', '두루마리를 두루마리를 넘기고', 'an object noun with its particle doubled'),
  v('r24-repeat-2', 'repeated-word', 17, '이 가운데 44.3%가', '이 가운데 가운데 44.3%가', 'the bound noun 가운데 doubled'),
  v('r24-repeat-3', 'repeated-word', 9, '보존 처리에는', '보존 보존 처리에는', 'the first word of a two-word term doubled'),
  v(
    'r24-repeat-4',
    'repeated-word',
    20,
    '지난해 역대 최다인',
    '지난해 지난해 역대 최다인',
    'a time word doubled at the start of the clause',
  ),
  v('r24-repeat-5', 'repeated-word', 15, '“나라 밖으로', '“나라 나라 밖으로', 'a noun doubled just inside an opening quote'),
  v('r24-repeat-6', 'repeated-word', 12, '교토를 11차례', '교토를 교토를 11차례', 'a place name with its particle doubled before a count'),

  v('r24-markup-1', 'markup', 7, '항온·항습', '항온&middot;항습', 'the middle dot left as a named HTML entity'),
  v(
    'r24-markup-2',
    'markup',
    18,
    '국제박물관협의회(ICOM)',
    '[국제박물관협의회](https://icom.museum/)(ICOM)',
    'a Markdown link from a web CMS paste around the council’s name',
  ),
  v('r24-markup-3', 'markup', 17, '반출됐거나', '반출됐거나<sup>1</sup>', 'a footnote marker from a Word HTML export'),
  v('r24-markup-4', 'markup', 11, '학예연구관은', '<g id="1">학예연구관</g>은', 'an XLIFF paired inline tag left in the target'),
  v(
    'r24-markup-5',
    'markup',
    13,
    '메이호옥션의 한국미술',
    '<x id="3"/>메이호옥션의 한국미술',
    'an XLIFF standalone placeholder left in the target',
  ),
  v('r24-markup-6', 'markup', 20, '역대 최다인', '&lt;strong&gt;역대 최다인&lt;/strong&gt;', 'double-escaped strong tags showing as text'),

  v('r24-fffd-1', 'replacement-char', 7, '항온·항습', '항온\uFFFD항습', 'the middle dot lost'),
  v('r24-fffd-2', 'replacement-char', 16, '양민석 국가유산청', '\uFFFD민석 국가유산청', 'the surname syllable of a name lost'),
  v('r24-fffd-3', 'replacement-char', 17, '44.3%가', '44.3\uFFFD가', 'the percent sign lost'),
  v(
    'r24-fffd-4',
    'replacement-char',
    1,
    '양도… 11일',
    '양도\uFFFD\uFFFD\uFFFD 11일',
    'the ellipsis’s three UTF-8 bytes each decoded as U+FFFD',
  ),
  v('r24-fffd-5', 'replacement-char', 21, '예매한', '예\uFFFD한', 'a syllable in the middle of a verb lost'),
  v('r24-fffd-6', 'replacement-char', 19, '계획이다.', '계획이다.\uFFFD', 'a stray truncated byte at the end of the paragraph'),

  v(
    'r24-moji-1',
    'mojibake',
    12,
    '협상이 시작됐다고',
    `${MOJI.협상이} 시작됐다고`,
    'HTML decimal character references left unparsed (pure ASCII)',
  ),
  v('r24-moji-2', 'mojibake', 6, '해운회사다', MOJI.해운회사다, 'UTF-8 read as Big5 (private-use characters and U+FFFD)'),
  v('r24-moji-3', 'mojibake', 9, '특별전에서', MOJI.특별전에서, 'UTF-8 read as EUC-JP (a kanji, C1 controls, U+FFFD)'),
  v('r24-moji-4', 'mojibake', 17, '일제강점기에', MOJI.일제강점기에, 'UTF-8 read as CP737 (DOS Greek, box drawing)'),
  v('r24-moji-5', 'mojibake', 13, '수집가들도', MOJI.수집가들도, 'UTF-8 read as CP852 (DOS Latin-2)'),
  v('r24-moji-6', 'mojibake', 18, '윤리강령도', MOJI.윤리강령도, 'EUC-KR read as Mac Roman'),

  v('r24-latin-1', 'latin-name', 3, '교토의 자택으로', 'Kyoto의 자택으로', 'a Japanese city left romanised before a particle'),
  v(
    'r24-latin-2',
    'latin-name',
    7,
    '인천국제공항에',
    'Incheon International Airport에',
    'the airport’s English name left with a Korean particle',
  ),
  v('r24-latin-3', 'latin-name', 19, '도쿄와 오사카의', 'Tokyo와 오사카의', 'the first of two cities left romanised'),
  v('r24-latin-4', 'latin-name', 14, '다케다 씨는 재단이', 'Takeda 씨는 재단이', 'the Japanese heir’s surname left in Latin before 씨'),
  v(
    'r24-latin-5',
    'latin-name',
    13,
    '메이호옥션의 한국미술',
    'Meiho Auction의 한국미술',
    'the auction house left in English, not the glossary form',
  ),
  v('r24-latin-6', 'latin-name', 20, '고려 불화를', 'Goryeo 불화를', 'the dynasty left romanised before a Korean noun'),

  v('r24-particle-1', 'particle', 19, '도쿄와 오사카의', '도쿄과 오사카의', '과 after 쿄, which ends in a vowel'),
  v('r24-particle-2', 'particle', 15, '230억 원으로', '230억 원로', '로 after 원, which ends in ㄴ (needs 으로)'),
  v('r24-particle-3', 'particle', 17, '44.3%가', '44.3%이', '이 after % (퍼센트, vowel)'),
  v(
    'r24-particle-4',
    'particle',
    3,
    '‘세검정춘유도’라는',
    '‘세검정춘유도’이라는',
    '이라는 after a title ending in 도 (vowel), across the closing quote',
  ),
  v(
    'r24-particle-5',
    'particle',
    4,
    '(이하 재단)과',
    '(이하 재단)와',
    '와 after the bracketed 재단, which ends in ㄴ (needs 과), as does the name before it',
  ),
  v('r24-particle-6', 'particle', 19, '비슷한 MOU를', '비슷한 MOU을', '을 after MOU (엠오유, vowel)'),
  v('r24-particle-7', 'particle', 16, '1560점이고', '1560점고', 'the copula 이 dropped after 점, which ends in a consonant'),

  v('r24-acronym-1', 'acronym', 18, '(ICOM)', '(ICOMOS)', 'the monuments council’s acronym for the museums council'),
  v('r24-acronym-2', 'acronym', 8, '(XRF)', '(XRD)', 'X-ray diffraction for the source’s X-ray fluorescence'),
  v('r24-acronym-3', 'acronym', 19, '업무협약(MOU)', '업무협약(MOA)', 'memorandum of agreement for the source’s MOU'),
  v('r24-acronym-4', 'acronym', 8, '(CT)', '(MRI)', 'MRI for the source’s computed tomography'),
  v('r24-acronym-5', 'acronym', 18, '유네스코 협약', '유니세프 협약', 'the Hangul form of another UN acronym (UNICEF) for UNESCO'),
  v('r24-acronym-6', 'acronym', 2, '(문체부)', '(문광부)', 'the ministry’s pre-2008 Korean abbreviation (문화관광부) for 문체부'),
  v('r24-acronym-7', 'acronym', 19, '비슷한 MOU를', '비슷한 LOI를', 'letter of intent for the source’s second MOU'),

  v(
    'r24-phrase-1',
    'phrase-consistency',
    9,
    '이 두루마리를 선보인다',
    '이 족자를 선보인다',
    'the handscroll as 족자 (hanging scroll) once, 두루마리 elsewhere',
  ),
  v(
    'r24-phrase-2',
    'phrase-consistency',
    10,
    '보존 처리를 본격화하기에',
    '복원 작업을 본격화하기에',
    'the treatment as 복원 작업 once, 보존 처리 elsewhere',
  ),
  v('r24-phrase-3', 'phrase-consistency', 21, '관람권을 예매한', '입장권을 예매한', 'tickets as 입장권 once, 관람권 elsewhere'),
  v(
    'r24-phrase-4',
    'phrase-consistency',
    16,
    '양민석 국가유산청 국제협력과장은',
    '양민석 문화재청 국제협력과장은',
    'the KHS under its pre-May-2024 name, 국가유산청 elsewhere',
  ),
  v(
    'r24-phrase-5',
    'phrase-consistency',
    13,
    '메이호옥션의 한국미술 담당자인',
    '메이호경매의 한국미술 담당자인',
    'Auction translated (경매) once, the glossary’s 메이호옥션 elsewhere',
  ),
  v(
    'r24-phrase-6',
    'phrase-consistency',
    6,
    '재단이 민간 후원금으로',
    '국외소재문화재재단이 민간 후원금으로',
    'the foundation under its pre-2024 name once, 국외소재문화유산재단/재단 elsewhere',
  ),
  v(
    'r24-phrase-7',
    'phrase-consistency',
    15,
    '배현식 문체부 제1차관은',
    '배현식 문화부 제1차관은',
    'the ministry as colloquial 문화부 once, 문체부 elsewhere',
  ),

  v('r24-time-1', 'relative-time', 5, '지난달 27일', '27일', 'Friday, Nov. 27 without 지난달: reads as 27 December, still ahead'),
  v('r24-time-2', 'relative-time', 10, '9일 판매를', '10일 판매를', 'tickets on sale on Wednesday written as the 10th, a Thursday'),
  v('r24-time-3', 'relative-time', 12, '지난해 3월', '올해 3월', 'March last year as this year (the talks lasted nearly two years)'),
  v('r24-time-4', 'relative-time', 19, '내년 상반기에는', '내년 하반기에는', 'the first half of next year as the second half'),
  v('r24-time-5', 'relative-time', 21, '12일 관람권을', '13일 관람권을', 'tickets for Saturday as the 13th, a Sunday'),
  v('r24-time-6', 'relative-time', 22, '연내에 적어도', '내년 안에 적어도', 'within the year as within next year'),
  v('r24-time-7', 'relative-time', 4, '지난달 두루마리를', '이달 두루마리를', 'last month as this month'),

  v(
    'r24-drop-1',
    'dropped-sentence',
    4,
    ' 국가유산청은 2024년 5월까지 문화재청이라는 이름을 썼다.',
    '',
    'the sentence on the KHS’s former name dropped',
  ),
  v(
    'r24-drop-2',
    'dropped-sentence',
    6,
    ' 가장 많은 금액을 낸 후원자는 이름을 밝히지 말아 달라고 요청한 부산의 한 해운회사다.',
    '',
    'the sentence on the largest donor dropped',
  ),
  v('r24-drop-3', 'dropped-sentence', 12, ' 그는 그 뒤로 교토를 11차례 찾았다.', '', 'the 11 trips to Kyoto dropped'),
  v(
    'r24-drop-4',
    'dropped-sentence',
    11,
    '없었습니다”라며 “이 두루마리로 마침내 18세기 궁중 회화의 흐름을 제대로 보여 드릴 수 있게 됐습니다”라고 말했다.',
    '없었습니다”라고 말했다.',
    'the curator’s second quoted sentence dropped',
  ),
  v(
    'r24-drop-5',
    'dropped-sentence',
    17,
    ' 대부분은 1910~1945년 일제강점기에 반출됐거나 시장에서 합법적으로 거래됐다.',
    '',
    'the sentence on how the artefacts left dropped',
  ),
  v(
    'r24-drop-6',
    'dropped-sentence',
    10,
    '관람 인원은 하루 2000명으로 제한되며, 9일',
    '9일',
    'the clause with the 2,000-a-day limit dropped',
  ),

  v('r24-number-1', 'numbers', 5, '약 42% 낮은', '약 24% 낮은', 'the discount with digits swapped'),
  v('r24-number-2', 'numbers', 5, '(약 35억 원)', '(약 3억5000만 원)', 'the won conversion ten times too small (yen figure’s 억 copied)'),
  v('r24-number-3', 'numbers', 3, '길이 4.2m의', '길이 42m의', 'the decimal point lost from the scroll’s length'),
  v('r24-number-4', 'numbers', 17, '약 24만7000점이며', '약 2만4700점이며', '247,000 as 24,700 (만 misplaced)'),
  v('r24-number-5', 'numbers', 20, '5만8000명이', '5800명이', '58,000 visitors as 5,800'),
  v('r24-number-6', 'numbers', 8, '17군데', '7군데', '17 tears as 7'),
  v('r24-number-7', 'numbers', 0, '90년 만에', '60년 만에', '90 years as 60 in the headline'),

  v(
    'r24-speech-1',
    'speech-level',
    8,
    '남아 있습니다”라고',
    '남아 있어요”라고',
    'the conservator’s quote in 해요체 (officials speak 합쇼체 in this story)',
  ),
  v('r24-speech-2', 'speech-level', 22, '덧붙였다.', '덧붙였습니다.', 'the last narration sentence in 합쇼체, as in a broadcast script'),
  v('r24-speech-3', 'speech-level', 14, '기뻐요”라고', '기뻐”라고', 'the heir’s second sentence in 반말 (해체) after a 해요체 one'),
  v('r24-speech-4', 'speech-level', 16, '31점입니다”라고', '31점이야”라고', 'an official quoted in 반말 (해체)'),
  v('r24-speech-5', 'speech-level', 18, '많다”며', '많아요”라며', 'the professor’s quote in 해요체 within 해라체 reporting'),
  v('r24-speech-6', 'speech-level', 6, '해운회사다.', '해운회사임.', 'narration ending in the report-style nominal -임 instead of 해라체'),

  v('r24-name-1', 'name-lost', 11, '임하연 미술부', '림하연 미술부', 'Lim written 림 although the source gives 임'),
  v('r24-name-2', 'name-lost', 12, '노승환 환수활용부장은', '로승환 환수활용부장은', 'Noh written 로 although the source gives 노'),
  v('r24-name-3', 'name-lost', 18, '최병준 고려대', '최병주 고려대', 'Byung-joon written 병주 although the source gives 병준'),
  v('r24-name-4', 'name-lost', 15, '배현식 문체부 제1차관은', '문체부 제1차관은', 'the vice minister’s name dropped, only the title kept'),
  v(
    'r24-name-5',
    'name-lost',
    4,
    '다케다 하루코(74)는',
    '타케다 하루코(74)는',
    'Takeda as 타케다, not the glossary’s (and the standard) 다케다',
  ),
  v(
    'r24-name-6',
    'name-lost',
    2,
    '조영하(1712~1779)가',
    '조영화(1712~1779)가',
    'the painter Jo Yeong-ha written 조영화, not the glossary’s 조영하',
  ),
  v('r24-name-7', 'name-lost', 16, '양민석 국가유산청', '양민성 국가유산청', 'Min-seok written 민성 although the source gives 민석'),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R24_PROBES: NotedProbe[] = [
  p('r24-probe-1', 2, '(1712~1779)', '(1712-1779)', 'the life dates joined with a hyphen, as the source does'),
  p('r24-probe-2', 8, '엑스선형광분석(XRF)', 'X선 형광분석(XRF)', 'X선, the usual alternative spelling with a Latin X'),
  p('r24-probe-3', 18, '유네스코 협약', '유네스코(UNESCO) 협약', 'the acronym glossed in brackets'),
  p('r24-probe-4', 12, '11차례', '열한 차례', 'the count written in Hangul numerals'),
  p('r24-probe-5', 7, '1일 인천국제공항에', '이달 1일 인천국제공항에', 'the month made explicit (this month)'),
  p('r24-probe-6', 21, '12일 관람권을', '토요일(12일) 관람권을', 'the weekday kept with the date in brackets'),
  p('r24-probe-7', 16, '연내에 이 두루마리를', '올해가 가기 전에 이 두루마리를', '“within the year” spelled out'),
  p('r24-probe-8', 20, '1~11월', '1월부터 11월까지', 'the month range written out'),
  p(
    'r24-probe-9',
    3,
    '‘세검정춘유도’라는',
    '〈세검정춘유도〉라는',
    'the work’s title in angle brackets, the style guide’s mark for artworks',
  ),
  p('r24-probe-10', 19, '업무협약(MOU)을', '양해각서(MOU)를', 'MOU as 양해각서, its other usual Korean rendering, with its particle'),
  p('r24-probe-11', 14, '다케다 씨는 재단이', '다케다 하루코 씨는 재단이', 'the heir’s full name repeated'),
  p('r24-probe-12', 8, '컴퓨터단층촬영(CT)에서는', 'CT 촬영에서는', 'the allowed Latin acronym alone, without the Korean expansion'),
];
