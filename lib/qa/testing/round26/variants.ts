// Round-26 held-out set (written by the round-26 QA writer BEFORE any check was run on it, committed
// alone before any check was changed, and never edited after seeing results): a breaking disaster
// news wire story (typhoon.en.txt, datelined TONGYEONG/SEOUL, Wednesday 14 October 2026; the
// typhoon, its damage, the figures and every person are INVENTED, real institutions and places named
// as names only): the late-season Typhoon Doraji (도라지), the 19th of the season and the strongest
// October storm in eight years, makes landfall near Tongyeong before dawn; deaths in Geoje, Goseong
// and Busan, evacuations, the national crisis alert raised to ‘serious’, a special disaster zone
// decision, power cuts and KEPCO's repairs, flights, ferries, KTX and the Gyeongjeon Line, rainfall,
// waves and a storm surge, the forecast track and the models, farm, fish-farm and school closures,
// a professor on warm autumn seas, an earlier storm, insurance and loan relief, the next steps; a
// headline, a standfirst and 21 body paragraphs; the interior minister Heo Jin-seok(허진석) (Heo → 허),
// the KEPCO disaster chief Tak Yong-jun(탁용준) (Tak → 탁, Yong → 용, not 영), the KMA forecaster Woo
// Ji-seon(우지선) (Woo → 우), the governor Pyo Gyeong-hun(표경훈) (Pyo → 표), the Tongyeong mayor Ahn
// Mi-rae(안미래) (Ahn → 안, rae → 래), the oyster farmer Gil Man-seok(길만석) (Gil → 길), the snack-bar
// owner Eom Soon-ja(엄순자) (Eom → 엄, not 염) and the professor Moon Chae-rin(문채린) (Moon → 문, Chae
// → 채) with their Hangul in brackets; CDSCH (중앙재난안전대책본부, 중대본), KMA (기상청, no acronym
// in the Korean), hPa, m/s (초속 …m), km/h, KEPCO (한국전력, 한전), KTX, Korail (코레일), ECMWF
// (kept in Latin), JTWC, FSC (금융위원회, 금융위); 186,000 households → 18만6000가구, the 19th →
// 제19호, eight years, more than 12,000 → 1만2000여 명, 412 flights, 4:40 a.m. → 오전 4시 40분께,
// four dead, 955 hPa, 43 m/s ≈ 155 km/h, a 51.2 m/s gust, a couple in their 70s, 2 a.m., 58 and 41
// years, two missing, 17 injured, three seriously, 12,860 people from 9,412 households in 11 cities
// and counties → 11개 시·군 9412가구 1만2860명, 3,100, 4,300, four alert levels, 9 p.m., 80%, 71% by
// 3 p.m., 2,400 workers, 15 airports, 8 p.m. to 11 a.m., 196 departures, 98 ferry routes, 155
// islands, 3,000 travellers, six hours (6시간 in the narration, 여섯 시간 in the forecaster's
// quote), 487.5 mm and 312 mm, 6.2 m waves, a 1.3 m surge, 8 p.m., 80 km, 1,240 homes → 1240채, 38
// roads, 2,300 hectares → 2300ha, half of the rice → 벼의 절반, about 60 fish farms, 30 billion won →
// 300억 원, 1,870 boats, 67, 40 years, 54, 27 degrees and two degrees, the third and second
// typhoon, 41 billion won → 410억 원, 1,126 schools, 6 p.m., 250 billion won → 2500억 원, half of
// the claims → 50%, six months, 7 a.m.; on Wednesday → 14일 / 이날, Tuesday → 13일 (evening, 9 p.m.,
// afternoon, 13~14일), Monday → 12일, Sunday → 11일, as early as Saturday → 이미 10일에, Thursday →
// 15일, by Friday → 16일까지, Wednesday, Sept. 30 → 지난달 30일 (across the month boundary), Oct. 23
// → 23일, by the end of the month → 이달 말까지; tonight → 오늘 밤 and last night → 어젯밤 in quotes,
// last week → 지난주, next week → 다음 주, this year, last year, in a month → 한 달 새) and its
// careful Korean wire translation (typhoon.ko.txt: 해라체 narration, a noun-ending headline and
// standfirst; the minister, the KEPCO official, the forecaster, the governor and the mayor quoted in
// 합쇼체, the fisherman and the snack-bar owner in 해요체, the professor in the 해라체 papers use
// for quoted statements), 90 single-error variants of every kind and 12 clean probes. Same format and
// scoring as ../variants.ts.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this story (not every person named is in it). */
export const R26_TERMS: QaTerm[] = [
  { source: 'Heo Jin-seok', target: '허진석', kind: 'NAME' },
  { source: 'Tak Yong-jun', target: '탁용준', kind: 'NAME' },
  { source: 'Woo Ji-seon', target: '우지선', kind: 'NAME' },
  { source: 'Pyo Gyeong-hun', target: '표경훈', kind: 'NAME' },
  { source: 'Ahn Mi-rae', target: '안미래', kind: 'NAME' },
  { source: 'Moon Chae-rin', target: '문채린', kind: 'NAME' },
  { source: 'Doraji', target: '도라지', kind: 'TERM' },
  { source: 'Central Disaster and Safety Countermeasures Headquarters', target: '중앙재난안전대책본부', kind: 'TERM' },
  { source: 'Korea Meteorological Administration', target: '기상청', kind: 'TERM' },
  { source: 'Korea Electric Power Corp.', target: '한국전력', kind: 'TERM' },
  { source: 'Korea Airports Corporation', target: '한국공항공사', kind: 'TERM' },
  { source: 'ECMWF', target: 'ECMWF', kind: 'DO_NOT_TRANSLATE', caseSensitive: true },
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

export const R26_VARIANTS: NotedVariant[] = [
  {
    id: 'r26-squote-1',
    kind: 'straight-quote',
    paragraph: 8,
    replace: [
      ['“섬 지역은', '""섬 지역은'],
      ['있습니다”라고', '있습니다""라고'],
    ],
    note: 'the KEPCO official’s quote between doubled straight quotes, as a CSV export escapes them',
  },
  {
    id: 'r26-squote-2',
    kind: 'straight-quote',
    paragraph: 12,
    replace: [
      ['“도라지는', '\\"도라지는'],
      ['뿌렸습니다”라고', '뿌렸습니다\\"라고'],
    ],
    note: 'backslash-escaped straight quotes left by a JSON export around the forecaster’s quote',
  },
  v(
    'r26-squote-3',
    'straight-quote',
    6,
    '‘심각’으로',
    '′심각′으로',
    'primes (U+2032) picked from the Hangul IME symbol table for the single quotes around the alert level',
  ),
  v(
    'r26-squote-4',
    'straight-quote',
    0,
    '‘도라지’',
    '＇도라지＇',
    'full-width apostrophes (U+FF07) typed in the IME’s full-width mode around the typhoon’s name in the headline',
  ),
  v(
    'r26-squote-5',
    'straight-quote',
    16,
    '같았어요”라며',
    '같았어요"라며',
    'a straight closing double quote before 라며 in the middle of the fisherman’s two quotes',
  ),
  v('r26-squote-6', 'straight-quote', 17, '“가게', '"가게', 'a straight opening double quote at the start of the shop owner’s quote'),

  v('r26-repeat-1', 'repeated-word', 4, '맞아 숨졌다.', '맞아 숨졌다 숨졌다.', 'the sentence-final verb doubled'),
  v('r26-repeat-2', 'repeated-word', 8, '인력 약 2400명을', '인력 약 약 2400명을', 'the prenoun 약 (about) doubled before a figure'),
  v(
    'r26-repeat-3',
    'repeated-word',
    15,
    '안 시장은 “12일에',
    '안 시장은 시장은 “12일에',
    'the title with its topic particle doubled after the surname',
  ),
  v(
    'r26-repeat-4',
    'repeated-word',
    2,
    '최소 4명이 숨지고',
    '최소 4명이 최소 4명이 숨지고',
    'a two-word phrase (at least four people) doubled',
  ),
  v(
    'r26-repeat-5',
    'repeated-word',
    12,
    '약화할 것으로 예상된다',
    '약화할 것으로 것으로 예상된다',
    'the bound noun 것 with its particle doubled before the verb',
  ),
  v('r26-repeat-6', 'repeated-word', 16, '아직 몰라요', '아직 아직 몰라요', 'an adverb doubled inside a resident’s quote'),

  v(
    'r26-markup-1',
    'markup',
    0,
    '태풍 ‘도라지’ 남해안',
    '## 태풍 ‘도라지’ 남해안',
    'a Markdown heading marker left on the headline by a Markdown CMS',
  ),
  v(
    'r26-markup-2',
    'markup',
    21,
    '약 2500억 원으로',
    '<mark>약 2500억 원</mark>으로',
    'an HTML highlight tag left by a review tool around the damage figure',
  ),
  v('r26-markup-3', 'markup', 8, '71%가', '\\textbf{71\\%}가', 'a LaTeX bold command (with its escaped percent sign) from a TeX draft'),
  v(
    'r26-markup-4',
    'markup',
    13,
    '유럽중기예보센터(ECMWF)',
    '<a href="https://www.ecmwf.int">유럽중기예보센터</a>(ECMWF)',
    'an HTML link from the CMS left around the centre’s name',
  ),
  v(
    'r26-markup-5',
    'markup',
    19,
    '재산 피해를 냈다.',
    '재산 피해를 냈다.<!-- 피해액 확인 필요 -->',
    'an editor’s HTML comment (check the damage figure) left after a sentence',
  ),
  {
    id: 'r26-markup-6',
    kind: 'markup',
    paragraph: 20,
    replace: [
      ['부산시교육청과', '<![CDATA[부산시교육청과'],
      ['미뤘다.', '미뤘다.]]>'],
    ],
    note: 'the paragraph still wrapped in an XML CDATA section from an RSS feed',
  },

  v(
    'r26-fffd-1',
    'replacement-char',
    0,
    '태풍 ‘도라지’ 남해안',
    '\uFFFD태풍 ‘도라지’ 남해안',
    'a stray byte (a broken byte-order mark) decoded as U+FFFD at the start of the headline',
  ),
  v('r26-fffd-2', 'replacement-char', 3, '도라지는 상륙', '도라지\uFFFD 상륙', 'the topic particle after the typhoon’s name lost'),
  v(
    'r26-fffd-3',
    'replacement-char',
    2,
    '경남 통영 부근에',
    '경남 \uFFFD\uFFFD 부근에',
    'both syllables of the city lost, one U+FFFD each',
  ),
  v('r26-fffd-4', 'replacement-char', 9, '결항했다.', '결항했\uFFFD.', 'the last syllable of the sentence-final verb lost'),
  v('r26-fffd-5', 'replacement-char', 11, '폭풍해일로', '폭풍\uFFFD일로', 'a syllable in the middle of a compound noun lost'),
  v('r26-fffd-6', 'replacement-char', 18, '27도로', '27\uFFFD로', 'the degree counter 도 after a figure lost'),

  v('r26-moji-1', 'mojibake', 15, '양식장', MOJI.양식장, 'UTF-8 read as ISO-8859-2 (Latin-2) with C1 controls'),
  v('r26-moji-2', 'mojibake', 4, '산사태로', MOJI.산사태로, 'UTF-8 read as Mac Croatian'),
  v('r26-moji-3', 'mojibake', 10, '고속열차는', MOJI.고속열차는, 'UTF-8 read as CP855 (DOS Cyrillic, box drawing)'),
  v('r26-moji-4', 'mojibake', 16, '체육관에서', MOJI.체육관에서, 'UTF-8 read as CP857 (DOS Turkish, box drawing)'),
  v('r26-moji-5', 'mojibake', 20, '중간고사를', MOJI.중간고사를, 'EUC-KR read as KOI8-R (Cyrillic, box drawing)'),
  v('r26-moji-6', 'mojibake', 17, '분식집을', MOJI.분식집을, 'UTF-16LE read as Windows-1252 (two Latin-1 characters per syllable)'),

  v('r26-latin-1', 'latin-name', 19, '도라지는 올해', 'Doraji는 올해', 'the typhoon’s name left romanised, not the glossary’s 도라지'),
  v('r26-latin-2', 'latin-name', 11, '지리산에는', 'Mt. Jiri에는', 'the mountain left in English before a particle'),
  v('r26-latin-3', 'latin-name', 10, '경전선 운행을', 'Gyeongjeon Line 운행을', 'the railway line left in English'),
  v('r26-latin-4', 'latin-name', 12, '동해로 빠져나간', 'East Sea로 빠져나간', 'the sea left in English before a particle'),
  v('r26-latin-5', 'latin-name', 17, '부산 해운대구', '부산 Haeundae구', 'the district left romanised and glued to the Korean suffix 구'),
  v(
    'r26-latin-6',
    'latin-name',
    14,
    '표경훈 경남도지사는',
    '표경훈 South Gyeongsang 도지사는',
    'the province left in English inside the governor’s title',
  ),

  v('r26-particle-1', 'particle', 20, '휴업이나 원격수업', '휴업나 원격수업', '나 after 업, which ends in ㅂ (needs 이나)'),
  v('r26-particle-2', 'particle', 6, '‘심각’으로', '‘심각’로', '로 after 각 (ends in ㄱ) across the closing single quote (needs 으로)'),
  v('r26-particle-3', 'particle', 14, '주택 1240채와', '주택 1240채과', '과 after the counter 채, which ends in a vowel (needs 와)'),
  v('r26-particle-4', 'particle', 14, '2300ha가', '2300ha이', '이 after ha, read 헥타르 (vowel, needs 가)'),
  v('r26-particle-5', 'particle', 15, '뗏목이', '뗏목가', '가 after 목, which ends in ㄱ (needs 이)'),
  v('r26-particle-6', 'particle', 10, '코레일은', '코레일는', '는 after 일, which ends in ㄹ (ㄹ takes 로 but still 은)'),
  v('r26-particle-7', 'particle', 12, '온대저기압으로', '온대저기압로', '로 after 압, which ends in ㅂ (needs 으로)'),

  v(
    'r26-acronym-1',
    'acronym',
    2,
    '중앙재난안전대책본부(중대본)',
    '중앙재난안전대책본부(중수본)',
    'the Korean abbreviation of the central accident (epidemic) HQ for 중대본',
  ),
  v('r26-acronym-2', 'acronym', 8, '한국전력(한전)', '한국전력(한수원)', 'the sister nuclear company’s abbreviation for KEPCO’s 한전'),
  v('r26-acronym-3', 'acronym', 10, 'KTX 고속열차는', 'SRT 고속열차는', 'the rival high-speed train’s name for the source’s KTX'),
  v('r26-acronym-4', 'acronym', 13, '유럽중기예보센터(ECMWF)', '유럽중기예보센터(GFS)', 'the US model’s acronym for the European centre'),
  v(
    'r26-acronym-5',
    'acronym',
    13,
    '합동태풍경보센터(JTWC)',
    '합동태풍경보센터(JMA)',
    'the Japan Meteorological Agency’s acronym for the US warning centre',
  ),
  v(
    'r26-acronym-6',
    'acronym',
    21,
    '금융위원회(금융위)',
    '금융위원회(금감원)',
    'the supervisory service’s abbreviation (FSS) for the commission’s 금융위',
  ),

  v(
    'r26-phrase-1',
    'phrase-consistency',
    7,
    '특별재난지역으로 선포할지',
    '특별재해지역으로 선포할지',
    'special disaster zone as 특별재해지역 once, 특별재난지역 elsewhere',
  ),
  v(
    'r26-phrase-2',
    'phrase-consistency',
    8,
    '정전됐으며',
    '단전됐으며',
    'the power cut as 단전 (a deliberate cut-off) once, 정전 in the headline',
  ),
  v('r26-phrase-3', 'phrase-consistency', 5, '대피했다', '피난했다', 'evacuated as 피난 once, 대피 in the standfirst'),
  v(
    'r26-phrase-4',
    'phrase-consistency',
    10,
    '여객선 98개 항로도',
    '연락선 98개 항로도',
    'ferries as 연락선 once, 여객선 in the standfirst',
  ),
  v('r26-phrase-5', 'phrase-consistency', 22, '복구 계획을', '재건 계획을', 'recovery as 재건 once, 복구 elsewhere'),
  v(
    'r26-phrase-6',
    'phrase-consistency',
    21,
    '중대본은 공공시설',
    '재대본은 공공시설',
    'the headquarters as 재대본 (the local HQs’ short form) once, 중대본 elsewhere',
  ),
  v('r26-phrase-7', 'phrase-consistency', 13, '상륙을 예측했다', '내습을 예측했다', 'landfall as 내습 once, 상륙 elsewhere'),

  v(
    'r26-time-1',
    'relative-time',
    1,
    '14일 새벽 통영 부근 상륙해',
    '13일 밤 통영 부근 상륙해',
    'before dawn on Wednesday as Tuesday night',
  ),
  v('r26-time-2', 'relative-time', 6, '오늘 밤까지', '내일 밤까지', 'tonight in the minister’s quote as tomorrow night'),
  v('r26-time-3', 'relative-time', 18, '지난주 바다 수온이', '지난달 바다 수온이', 'last week in the professor’s quote as last month'),
  v('r26-time-4', 'relative-time', 19, '지난해에는 한반도에', '재작년에는 한반도에', 'last year as the year before last'),
  v('r26-time-5', 'relative-time', 22, '이달 말까지', '다음 달 말까지', 'by the end of the month as by the end of next month'),
  v(
    'r26-time-6',
    'relative-time',
    13,
    '이미 10일에',
    '이미 17일에',
    'as early as Saturday resolved to the coming Saturday, after the story’s date',
  ),
  v(
    'r26-time-7',
    'relative-time',
    5,
    '13일 저녁 3100명에서',
    '이날 저녁 3100명에서',
    'Tuesday evening as 이날 (Wednesday) evening, still ahead of the 6 a.m. figure',
  ),

  v(
    'r26-drop-1',
    'dropped-sentence',
    7,
    ' 특별재난지역으로 선포되면 국가가 복구 비용의 최대 80%를 부담한다.',
    '',
    'the explanatory sentence on what the declaration pays dropped',
  ),
  v(
    'r26-drop-2',
    'dropped-sentence',
    4,
    ' 실종자는 2명, 부상자는 17명이며 이 가운데 3명은 중상이다.',
    '',
    'the missing and injured counts dropped',
  ),
  v(
    'r26-drop-3',
    'dropped-sentence',
    9,
    '부산 김해국제공항은 13일 오후 8시부터 14일 오전 11시까지 활주로를 폐쇄했고, ',
    '',
    'the leading clause on the Gimhae runway closure dropped',
  ),
  v(
    'r26-drop-4',
    'dropped-sentence',
    12,
    '도라지는 상륙 이후 예상보다 빨리 약해졌지만, ',
    '',
    'the concessive first clause inside the forecaster’s quote dropped',
  ),
  v(
    'r26-drop-5',
    'dropped-sentence',
    10,
    ' 동대구~부산 구간 KTX 고속열차는 감속 운행했고, 코레일은 진주 부근에서 토사가 철로를 덮치자 경전선 운행을 6시간 동안 중단했다.',
    '',
    'the sentence on the trains dropped',
  ),
  v(
    'r26-drop-6',
    'dropped-sentence',
    3,
    ' 통영 앞바다 매물도에서는 순간최대풍속 초속 51.2m가 관측됐는데, 이 지역에서 10월에 관측된 바람으로는 역대 가장 강했다.',
    '',
    'the sentence with the record gust dropped',
  ),

  v('r26-number-1', 'numbers', 2, '오전 4시 40분께', '오후 4시 40분께', 'a.m. as p.m. (the landfall put in the afternoon)'),
  v('r26-number-2', 'numbers', 3, '초속 43m(', '초속 43km(', 'the wind speed’s unit changed from metres to kilometres per second'),
  v('r26-number-3', 'numbers', 11, '487.5mm', '48.75mm', 'the decimal point moved one place'),
  v('r26-number-4', 'numbers', 3, '955hPa', '965hPa', 'the central pressure one digit off'),
  v(
    'r26-number-5',
    'numbers',
    5,
    '9412가구 1만2860명',
    '1만2860가구 9412명',
    'the households and people figures swapped between their counters',
  ),
  v('r26-number-6', 'numbers', 21, '최대 6개월간', '최대 6년간', 'six months as six years'),
  v('r26-number-7', 'numbers', 12, '최근 여섯 시간 동안', '최근 네 시간 동안', 'the native numeral six as four in the forecaster’s quote'),

  v('r26-speech-1', 'speech-level', 16, '아직 몰라요', '아직 모르오', 'the fisherman’s 해요체 quote ending in the archaic 하오체'),
  v(
    'r26-speech-2',
    'speech-level',
    14,
    '서 있었습니다.',
    '서 있었네.',
    'the governor’s first sentence at a briefing in 하게체, the second in 합쇼체',
  ),
  v(
    'r26-speech-3',
    'speech-level',
    6,
    '가까이 가지 말아 주십시오',
    '가까이 가지 마라',
    'the minister’s public plea in the 해라체 imperative, his first sentence in 합쇼체',
  ),
  v(
    'r26-speech-4',
    'speech-level',
    10,
    '경전선 운행을 6시간 동안 중단했다.',
    '경전선 운행을 6시간 동안 중단.',
    'a body sentence cut to a headline-style noun ending',
  ),
  v(
    'r26-speech-5',
    'speech-level',
    8,
    '않을 수도 있습니다”라고',
    '않을 수도 있고요”라고',
    'the KEPCO official’s statement trailing off in the 해요체 connective -고요',
  ),
  v('r26-speech-6', 'speech-level', 19, '한 번도 없었다.', '한 번도 없었지.', 'the narration ending in 반말 (해체)'),
  v(
    'r26-speech-7',
    'speech-level',
    15,
    '묶어 뒀습니다.',
    '묶어 뒀거든요.',
    'the mayor’s briefing sentence in 해요체 -거든요, her next in 합쇼체',
  ),

  v(
    'r26-name-1',
    'name-lost',
    16,
    '길만석(67) 씨는',
    '김만석(67) 씨는',
    'Gil autocorrected to the common surname 김, not the bracketed 길',
  ),
  v('r26-name-2', 'name-lost', 18, '문채린 부산대', '문재린 부산대', 'Chae-rin written 재린, not the glossary’s 채린'),
  v('r26-name-3', 'name-lost', 15, '안미래 통영시장은', '안미레 통영시장은', 'Mi-rae written 미레, not the glossary’s 미래'),
  v('r26-name-4', 'name-lost', 8, '탁용준 한전', '탁영준 한전', 'Yong-jun written 영준, not the glossary’s 용준'),
  v(
    'r26-name-5',
    'name-lost',
    22,
    '허 장관은 15일',
    '하 장관은 15일',
    'the minister’s surname at a later mention mistyped 하 (ㅏ is beside ㅓ on the keyboard)',
  ),
  v('r26-name-6', 'name-lost', 12, '우지선 기상청', '오지선 기상청', 'Woo written 오, not the glossary’s 우'),
  v('r26-name-7', 'name-lost', 17, '엄순자(54) 씨는', '염순자(54) 씨는', 'Eom written 염 although the source gives 엄'),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R26_PROBES: NotedProbe[] = [
  p('r26-probe-1', 20, '다음 주로', '내주로', '내주, the wire services’ short word for next week'),
  p('r26-probe-2', 8, '한국전력(한전)', '한국전력공사(한전)', 'KEPCO’s full legal name'),
  p('r26-probe-3', 3, '955hPa(헥토파스칼)', '955헥토파스칼(hPa)', 'the unit written out with the symbol in brackets'),
  p('r26-probe-4', 11, '487.5mm', '487.5㎜', 'the unit as the single compatibility character the wire services use'),
  p('r26-probe-5', 9, '13~14일', '13일과 14일', 'the two days written out'),
  p('r26-probe-6', 2, '오전 4시 40분께', '오전 4시 40분쯤', '쯤 for 께 (about) after a time'),
  p('r26-probe-7', 16, '길만석(67) 씨는', '길만석 씨(67)는', 'the age in brackets after 씨, another house style'),
  p('r26-probe-8', 13, '쓰시마 동쪽을', '대마도(쓰시마) 동쪽을', 'the island’s Korean name with the Japanese one in brackets'),
  p('r26-probe-9', 21, '50%를', '절반을', 'half of the claims as 절반, the source’s own word'),
  p('r26-probe-10', 10, 'KTX 고속열차는', 'KTX 열차는', 'the train without the redundant gloss'),
  p('r26-probe-11', 19, '지난달 30일', '9월 30일', 'the month named instead of 지난달'),
  p('r26-probe-12', 6, '오후 9시', '밤 9시', '밤 for an evening hour'),
];
