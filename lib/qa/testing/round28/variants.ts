// Round-28 held-out set (written by the round-28 QA writer BEFORE any check was run on it, committed
// alone before any check was changed, and never edited after seeing results): a public-health news
// wire story (measles.en.txt, datelined SEOUL, Thursday 18 March 2027; the outbreak, the hospital,
// the school, the figures and every person are INVENTED, real institutions and places named as
// names only): a measles outbreak that began with travellers returning from Southeast Asia spreads
// through Hanbit General Hospital (한빛종합병원) in Daejeon and three primary schools and a
// kindergarten in Cheongju; the KDCA briefing, the index case (a 34-year-old man back from Ho Chi
// Minh City), cases by age, adults with one dose, the hospital's staff measures, a paediatrician on
// missed diagnoses, PCR and IgM tests, school closures and the 21-day exclusion, a parent, MMR
// coverage and the WHO's 95% threshold, an epidemiologist on pandemic gaps, imported cases and
// travel, the crisis alert and early infant doses, contacts and vaccine stocks, the 1339 hotline,
// Daejeon's free catch-up shots, the WHO Western Pacific office, a row over naming places, the next
// steps; a headline, a standfirst and 21 body paragraphs; the KDCA commissioner Paik Hye-rin(백혜린)
// (Paik → 백), the hospital director Cha Yoon-seok(차윤석) (Cha → 차, not 채), the paediatrician Byun
// Ji-ho(변지호) (Byun → 변), the education office's Seol Hyun-woo(설현우) (Seol → 설, not 서), the
// parent Yeo Soo-jin(여수진) (Yeo → 여, not 려), the epidemiologist Choo Min-kyung(추민경) (Choo → 추,
// not 주), the KDCA division director Ko Eun-byul(고은별) (byul → 별) and the Daejeon bureau director
// Ma Kyung-tae(마경태) (tae → 태) with their Hangul in brackets; the WHO adviser Leilani Bautista
// written in Hangul (레일라니 바우티스타); KDCA (질병관리청, 질병청), MMR (홍역·유행성이하선염·풍진,
// kept in Latin), PCR (유전자증폭), IgM (면역글로불린M), WHO (세계보건기구), WPRO
// (서태평양지역사무소), COVID-19 (코로나19), the North Chungcheong education office (충청북도교육청,
// 충북교육청); 47 cases, 49 last year, 194 in 2019, 31 and 16, six imported (four and two), 34
// years, four days, more than 300 contacts, nine infants under one, 7 / 12 / 15 / 4 by age, 19 in
// hospital, two in intensive care, 1985–1995 → 1985~1995년생, 15 and three, 22 hospital cases, four
// nurses and a radiographer, 137 staff and 61 vaccinated, three or four days → 사나흘, up to two days
// → 최대 이틀, a nine-year-old → 9세, 212 pupils and 18 teachers, 21 days, two weeks, an
// eight-year-old → 여덟 살, midnight → 밤 12시, three weeks, 97.3% of those born in 2024, 94.1% of
// those born in 2020, 95%, a decade → 10년 만에, 89.6%, 12 to 18 → 12~18명, 1.9 million → 190만
// 명, "caution" the second of four levels, six to 11 months → 생후 6~11개월, two weeks, 12 to 15
// months and four to six years, 2,140 contacts = 1,386 + 754, 4,800 doses, 180,000 doses → 18만
// 회분, the 1339 hotline, 4.2 billion won → 42억 원, ages 20 to 39, 53 clinics, 58,000 → 5만8000명,
// three times, 42 days = twice the 21-day maximum incubation period; on Thursday → 18일 / 이날, Feb.
// 23 and Feb. 25 → 지난달 23일, 25일, since Monday → 15일부터, until next Friday → 다음 주 금요일인
// 26일까지, from Friday → 19일부터, Sunday night → 14일 밤, from next Monday, March 22 → 다음 주
// 월요일인 22일부터, on Wednesday → 17일, the next briefing on Monday → 22일, by the end of the month
// → 이달 말까지, since early this month → 이달 초부터, the end of June → 6월 말, from May →
// 5월부터, next week → 다음 주 중, the next two weeks → 앞으로 2주, the year before → 전년, since
// last year, in 2014, in January and February → 1~2월) and its careful Korean translation
// (measles.ko.txt: a noun-ending headline and standfirst, the body in newspaper 해라체; the
// commissioner, the hospital director, the epidemiologist, the KDCA division director and the
// Daejeon official quoted in 합쇼체, the paediatrician and the parent in 해요체, the education
// office's written statement in 해라체), 90 single-error variants of every kind and 12 clean probes.
// Same format and scoring as ../variants.ts.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this story (not every person named is in it). */
export const R28_TERMS: QaTerm[] = [
  { source: 'Paik Hye-rin', target: '백혜린', kind: 'NAME' },
  { source: 'Cha Yoon-seok', target: '차윤석', kind: 'NAME' },
  { source: 'Byun Ji-ho', target: '변지호', kind: 'NAME' },
  { source: 'Choo Min-kyung', target: '추민경', kind: 'NAME' },
  { source: 'Ko Eun-byul', target: '고은별', kind: 'NAME' },
  { source: 'Leilani Bautista', target: '레일라니 바우티스타', kind: 'NAME' },
  { source: 'Korea Disease Control and Prevention Agency', target: '질병관리청', kind: 'TERM' },
  { source: 'Hanbit General Hospital', target: '한빛종합병원', kind: 'TERM' },
  { source: 'North Chungcheong Provincial Office of Education', target: '충청북도교육청', kind: 'TERM' },
  { source: 'World Health Organization', target: '세계보건기구', kind: 'TERM' },
  { source: 'Western Pacific Regional Office', target: '서태평양지역사무소', kind: 'TERM' },
  { source: 'MMR', target: 'MMR', kind: 'DO_NOT_TRANSLATE', caseSensitive: true },
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

export const R28_VARIANTS: NotedVariant[] = [
  v(
    'r28-squote-1',
    'straight-quote',
    15,
    '‘홍역 퇴치 국가’로',
    '‚홍역 퇴치 국가‘로',
    'German single quotes (low-9 U+201A, high-6 U+2018) from a de-DE autocorrect around the status term',
  ),
  v(
    'r28-squote-2',
    'straight-quote',
    16,
    '‘주의’로',
    '‹주의›로',
    'single guillemets (U+2039/U+203A) from a fr-CH template around the alert level',
  ),
  v(
    'r28-squote-3',
    'straight-quote',
    4,
    '“이 환자는',
    '‟이 환자는',
    'a reversed high-9 double quote (U+201F) from a font’s substitution table opens the commissioner’s quote',
  ),
  v(
    'r28-squote-4',
    'straight-quote',
    20,
    '“신속한 추적과 투명한 보고”가',
    ',,신속한 추적과 투명한 보고"가',
    'two commas typed as a low opening quote and a straight closing one around the WHO adviser’s words',
  ),
  v(
    'r28-squote-5',
    'straight-quote',
    21,
    '‘주홍글씨’를',
    'ʼ주홍글씨ʼ를',
    'modifier letter apostrophes (U+02BC) from a romanisation keyboard layout for the single quotes',
  ),
  v(
    'r28-squote-6',
    'straight-quote',
    8,
    '틀렸습니다”라고',
    "틀렸습니다''라고",
    'two straight apostrophes typed for the closing double quote of the director’s quote',
  ),

  v('r28-repeat-1', 'repeated-word', 6, '떨어질 수 있다', '떨어질 수 수 있다', 'the bound noun 수 doubled inside -ㄹ 수 있다'),
  v(
    'r28-repeat-2',
    'repeated-word',
    2,
    '동남아시아에서 돌아온',
    '동남아시아에서 동남아시아에서 돌아온',
    'the first word of the lead doubled',
  ),
  v(
    'r28-repeat-3',
    'repeated-word',
    17,
    '접촉자 2140명을',
    '접촉자\u3000접촉자 2140명을',
    'a noun doubled with an ideographic space (U+3000) between the copies, typed in the IME’s full-width mode',
  ),
  v(
    'r28-repeat-4',
    'repeated-word',
    11,
    '예방접종 기록을',
    '예방접종\n예방접종 기록을',
    'a word doubled across a line break, copied from a PDF whose line ended and began with it',
  ),
  v(
    'r28-repeat-5',
    'repeated-word',
    3,
    '올해 환자는 대전에서',
    '올해 환자가 환자는 대전에서',
    'a half-done edit: the noun retyped with its new particle, the old one left before it',
  ),
  v(
    'r28-repeat-6',
    'repeated-word',
    9,
    '하루 정도만',
    '하루 하루 정도만',
    'a noun doubled into what looks like the adverb 하루하루 (day by day) but is not one here',
  ),

  v(
    'r28-markup-1',
    'markup',
    9,
    '“처음 사나흘',
    '{\\an8}“처음 사나흘',
    'an ASS subtitle position override left from the broadcast’s subtitle file before the doctor’s quote',
  ),
  v(
    'r28-markup-2',
    'markup',
    3,
    '49명에 육박하는',
    '<del>48명</del>49명에 육박하는',
    'a deletion tag with the old figure left from a review tool’s HTML diff',
  ),
  v('r28-markup-3', 'markup', 13, '89.6%에 그쳤다', '<u>89.6%</u>에 그쳤다', 'an HTML underline tag around the district’s rate'),
  v(
    'r28-markup-4',
    'markup',
    18,
    '감염병관리과장은',
    '감염병관리&shy;과장은',
    'a soft-hyphen entity showing as text inside a long compound title',
  ),
  v(
    'r28-markup-5',
    'markup',
    22,
    '백 청장은 “앞으로',
    '<cf bold="on">백 청장은</cf> “앞으로',
    'a TagEditor (TTX) character-format tag left around the attribution',
  ),
  v('r28-markup-6', 'markup', 16, '질병청은 홍역', '<li>질병청은 홍역', 'a CMS list-item tag left at the start of the paragraph'),

  v(
    'r28-fffd-1',
    'replacement-char',
    5,
    '홍역·유행성이하선염',
    '홍역\uFFFD유행성이하선염',
    'the middle dot between the diseases lost (a Latin-1 0xB7 read as UTF-8)',
  ),
  v(
    'r28-fffd-2',
    'replacement-char',
    18,
    '1339 콜센터에',
    '1339\uFFFD콜센터에',
    'a no-break space (Latin-1 0xA0) between the number and the word decoded as UTF-8',
  ),
  v('r28-fffd-3', 'replacement-char', 0, '확산…올해', '확산\uFFFD올해', 'the headline’s ellipsis lost'),
  v(
    'r28-fffd-4',
    'replacement-char',
    22,
    '”라고 말했다.',
    '”라고 말했\uFFFD',
    'the paragraph cut at a byte limit in the middle of the last syllable (다 and the full stop lost)',
  ),
  v(
    'r28-fffd-5',
    'replacement-char',
    12,
    '모르겠어요”라고',
    '모르겠어요\uFFFC”라고',
    'an object replacement character (U+FFFC) where an emoji from the parent’s chat message was pasted',
  ),
  v('r28-fffd-6', 'replacement-char', 16, '‘주의’로', '\uFFFD주의’로', 'the opening single quote around the alert level lost'),

  v('r28-moji-1', 'mojibake', 10, '잠복기인', MOJI.잠복기인, 'UTF-8 read as CP865 (DOS Nordic)'),
  v('r28-moji-2', 'mojibake', 7, '응급실 진료를', `${MOJI.응급실} 진료를`, 'UTF-8 read as Mac Thai'),
  v('r28-moji-3', 'mojibake', 17, '보건당국이', MOJI.보건당국이, 'UTF-8 read as ISO-8859-16 (Latin-10) with C1 controls'),
  v(
    'r28-moji-4',
    'mojibake',
    2,
    '질병관리청(질병청)이',
    `${MOJI.질병관리청}(질병청)이`,
    'EUC-KR read as CP850 (DOS Western European, box drawing)',
  ),
  v('r28-moji-5', 'mojibake', 6, '접종 기록이', `${MOJI.접종} 기록이`, 'UTF-8 read as CP775 (DOS Baltic)'),
  v('r28-moji-6', 'mojibake', 8, '항체 검사', `${MOJI.항체} 검사`, 'EUC-KR read as Windows-1257 (Baltic)'),
  v('r28-moji-7', 'mojibake', 15, '베트남과 필리핀', `${MOJI.베트남과} 필리핀`, 'UTF-8 read as VISCII (Vietnamese)'),

  v(
    'r28-latin-1',
    'latin-name',
    4,
    '베트남 호찌민에서',
    '베트남 Hồ Chí Minh에서',
    'the city left in Vietnamese spelling with its diacritics, neither the source’s nor Korean',
  ),
  v(
    'r28-latin-2',
    'latin-name',
    11,
    '청주미화초등학교가',
    '청주 Mihwa Elementary School이',
    'the school’s name left in English after the city',
  ),
  v('r28-latin-3', 'latin-name', 9, '코플릭 반점은', 'Koplik 반점은', 'the eponym of the spots left in Latin'),
  v('r28-latin-4', 'latin-name', 15, '중앙아시아 일부', 'Central Asia 일부', 'the region left in English'),
  v(
    'r28-latin-5',
    'latin-name',
    12,
    '카카오톡 단체',
    'KakaoTalk 단체',
    'the messaging app’s brand left in Latin (Korean news writes 카카오톡)',
  ),
  v(
    'r28-latin-6',
    'latin-name',
    15,
    '한국관광공사에 따르면',
    'Korea Tourism Organization에 따르면',
    'the tourism body left in English before a particle',
  ),

  v(
    'r28-particle-1',
    'particle',
    14,
    '접종률입니다”라고',
    '접종률입니다”이라고',
    'the quotative 이라고 after a quote ending in 다 (a vowel, needs 라고)',
  ),
  v('r28-particle-2', 'particle', 10, '교사 18명에게', '교사 18명에', '에 for people (the teachers), who need 에게'),
  v('r28-particle-3', 'particle', 6, '3명뿐이었다', '3명뿐였다', 'the copula contracted to 였 after 뿐, which ends in ㄴ (needs 이었)'),
  v('r28-particle-4', 'particle', 7, '22명이며', '22명며', 'the connective 며 after 명, which ends in ㅇ (needs 이며)'),
  v('r28-particle-5', 'particle', 8, '결핵과 간염', '결핵와 간염', '와 after 핵, which ends in ㄱ (needs 과)'),
  v(
    'r28-particle-6',
    'particle',
    10,
    '(충북교육청)은',
    '(충북교육청)는',
    '는 after the bracketed Korean abbreviation, which ends in 청 (ㅇ, needs 은)',
  ),
  v('r28-particle-7', 'particle', 16, 'MMR을 한 차례', 'MMR를 한 차례', '를 after MMR, read 엠엠알 (ends in ㄹ, needs 을)'),

  v(
    'r28-acronym-1',
    'acronym',
    5,
    '풍진(MMR)',
    '풍진(MMRV)',
    'the measles-mumps-rubella-varicella combination, another vaccine, for the source’s MMR',
  ),
  v(
    'r28-acronym-2',
    'acronym',
    2,
    '질병관리청(질병청)',
    '질병관리청(질본)',
    'the abbreviation of the agency’s predecessor (질병관리본부, before 2020) for 질병청',
  ),
  v(
    'r28-acronym-3',
    'acronym',
    20,
    '서태평양지역사무소(WPRO)',
    '서태평양지역사무소(SEARO)',
    'the WHO’s South-East Asia office for the Western Pacific office',
  ),
  v('r28-acronym-4', 'acronym', 9, '유전자증폭(PCR)', '유전자증폭(RAT)', 'a rapid antigen test for the source’s PCR'),
  v(
    'r28-acronym-5',
    'acronym',
    9,
    '면역글로불린M(IgM)',
    '면역글로불린M(IgG)',
    'IgG (past infection or immunity) for the source’s IgM (a current infection)',
  ),
  v(
    'r28-acronym-6',
    'acronym',
    10,
    '(충북교육청)',
    '(충남교육청)',
    'the South Chungcheong office’s abbreviation for the North Chungcheong office',
  ),

  v(
    'r28-phrase-1',
    'phrase-consistency',
    7,
    '대전의 집단감염은',
    '대전의 집단발병은',
    'the cluster as 집단발병 once, 집단감염 in the commissioner’s paragraph',
  ),
  v(
    'r28-phrase-2',
    'phrase-consistency',
    17,
    '능동감시를',
    '능동 모니터링을',
    'active monitoring as 능동 모니터링 once, 능동감시 in the school paragraph',
  ),
  v(
    'r28-phrase-3',
    'phrase-consistency',
    19,
    '보충 접종을',
    '따라잡기 접종을',
    'catch-up shots calqued as 따라잡기 접종 once, 보충 접종 elsewhere',
  ),
  v('r28-phrase-4', 'phrase-consistency', 16, '이 조기 접종은', '이 가속 접종은', 'the early dose as 가속 접종 once, 조기 접종 elsewhere'),
  v('r28-phrase-5', 'phrase-consistency', 21, '최대 잠복기의', '최대 잠재기의', 'the incubation period as 잠재기 once, 잠복기 elsewhere'),
  v(
    'r28-phrase-6',
    'phrase-consistency',
    16,
    '해당 영아도',
    '해당 유아도',
    'infants as 유아 (young children, another age band) once, 영아 elsewhere',
  ),
  v('r28-phrase-7', 'phrase-consistency', 7, '응급실 진료를', '응급센터 진료를', 'the emergency room as 응급센터 once, 응급실 elsewhere'),

  v('r28-time-1', 'relative-time', 19, '5월부터는', '다음 달부터는', 'from May turned into next month (April, the story is in March)'),
  v('r28-time-2', 'relative-time', 15, '2014년 WHO로부터', '10년 전 WHO로부터', '2014 as ten years ago (it is 13 years before the story)'),
  v(
    'r28-time-3',
    'relative-time',
    20,
    '전년의 3배',
    '지난해의 3배',
    'the year before last year as last year, so the figure is compared with itself',
  ),
  v(
    'r28-time-4',
    'relative-time',
    22,
    '22일 다음 브리핑을',
    '15일 다음 브리핑을',
    'the next briefing on Monday resolved to last Monday, already past',
  ),
  v('r28-time-5', 'relative-time', 17, '이달 초부터', '지난달 초부터', 'since early this month as since early last month'),
  v('r28-time-6', 'relative-time', 22, '앞으로 2주가', '지난 2주가', 'the next two weeks as the past two weeks'),
  v(
    'r28-time-7',
    'relative-time',
    20,
    '17일 성명을',
    '그제 성명을',
    'Wednesday, the day before the story, as 그제 (the day before yesterday)',
  ),

  v(
    'r28-drop-1',
    'dropped-sentence',
    5,
    '7~18세가 12명, ',
    '',
    'one item of the age breakdown dropped (the groups no longer add up to 47)',
  ),
  v('r28-drop-2', 'dropped-sentence', 6, '보건당국이 특히 우려하는 것은 20~30대 성인이다. ', '', 'the paragraph’s topic sentence dropped'),
  v(
    'r28-drop-3',
    'dropped-sentence',
    9,
    ' 홍역을 확진하려면 유전자증폭(PCR) 검사나 면역글로불린M(IgM) 항체 검사가 필요하며, 결과가 나오기까지 최대 이틀이 걸린다.',
    '',
    'the closing sentence on the tests dropped',
  ),
  v(
    'r28-drop-4',
    'dropped-sentence',
    12,
    ' 분명히 병원에 갔는데 기록이 없으니 3주 동안 집에 있어야 한대요.',
    '',
    'the parent’s third quoted sentence (three weeks at home) dropped',
  ),
  v(
    'r28-drop-5',
    'dropped-sentence',
    14,
    ' 홍역은 그런 빈틈을 가장 먼저 파고듭니다.',
    '',
    'the middle sentence of the epidemiologist’s first quote dropped',
  ),
  v(
    'r28-drop-6',
    'dropped-sentence',
    21,
    '공개했으며, 최대 잠복기의 두 배인 42일 동안 새 환자가 나오지 않으면 홈페이지에서 내리겠다고 설명했다.',
    '공개했다고 설명했다.',
    'the clause on taking the names down after 42 days dropped, the sentence closed off',
  ),

  v('r28-number-1', 'numbers', 19, '42억 원을', '4억2000만 원을', '4.2 billion won as 420 million (billion → 억 converted wrongly)'),
  v('r28-number-2', 'numbers', 16, '생후 6~11개월', '생후 6~12개월', 'the upper end of the infants’ age range moved to 12 months'),
  v('r28-number-3', 'numbers', 5, '19명이 입원했고', '19%가 입원했고', 'the 19 patients in hospital as 19 percent'),
  v('r28-number-4', 'numbers', 18, '1339 콜센터에', '1399 콜센터에', 'the KDCA hotline 1339 as 1399, another public hotline’s number'),
  v('r28-number-5', 'numbers', 21, '두 배인 42일', '세 배인 42일', 'twice the incubation period as three times (42 days is twice 21)'),
  v('r28-number-6', 'numbers', 16, '두 번째인', '세 번째인', 'the alert level ‘caution’ as the third of four levels (it is the second)'),

  v('r28-speech-1', 'speech-level', 0, '올해 환자 47명', '올해 환자 47명으로 늘었다', 'the headline ending in a 해라체 sentence'),
  v('r28-speech-2', 'speech-level', 1, '조기 접종 권고', '조기 접종을 권고했습니다', 'the standfirst ending in 합쇼체'),
  v('r28-speech-3', 'speech-level', 5, '치료를 받고 있다.', '치료를 받고 있는데요.', 'a narration sentence in the spoken 해요체 -는데요'),
  v(
    'r28-speech-4',
    'speech-level',
    17,
    '확보했다고 말했다.',
    '확보했다고 말씀하셨다.',
    'the narration honouring the commissioner with 말씀하시다, which news prose does not do',
  ),
  v(
    'r28-speech-5',
    'speech-level',
    3,
    '가장 많다.',
    '가장 많답니다.',
    'a narration sentence in the friendly explanatory -답니다 of children’s programmes',
  ),
  v(
    'r28-speech-6',
    'speech-level',
    14,
    '파고듭니다.',
    '파고들지요.',
    'one sentence of the epidemiologist’s 합쇼체 quote in the 해요체 -지요',
  ),

  v(
    'r28-speech-7',
    'speech-level',
    11,
    '안내할 것”이라고',
    '안내할 거예요”라고',
    'the education office’s written statement quoted in spoken 해요체',
  ),

  v(
    'r28-name-1',
    'name-lost',
    4,
    '백혜린 질병청장은',
    '팩혜린 질병청장은',
    'Paik transliterated letter by letter as 팩, not the glossary’s 백',
  ),
  v('r28-name-2', 'name-lost', 14, '추민경 충남대', '주민경 충남대', 'Choo read as 주, not the glossary’s 추'),
  v('r28-name-3', 'name-lost', 19, '마경태 대전시', '마경대 대전시', 'Kyung-tae written 경대, not the bracketed 경태'),
  v('r28-name-4', 'name-lost', 12, '여수진 씨는', '려수진 씨는', 'Yeo written 려 (the initial-sound rule reversed), not the bracketed 여'),
  v('r28-name-5', 'name-lost', 11, '설현우 충북교육청', '서현우 충북교육청', 'Seol written 서, the final ㄹ lost'),
  v('r28-name-6', 'name-lost', 18, '고은별 질병청', '고은벌 질병청', 'Eun-byul written 은벌, not the glossary’s 은별'),
  v('r28-name-7', 'name-lost', 8, '차윤석 한빛종합병원장은', '채윤석 한빛종합병원장은', 'Cha written 채, not the glossary’s 차'),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R28_PROBES: NotedProbe[] = [
  p('r28-probe-1', 17, '18만 회분을', '18만 도즈를', 'doses as 도즈, the health authorities’ own word'),
  p('r28-probe-2', 5, '1~6세가', '1∼6세가', 'the range with the tilde operator (U+223C) the wire services use'),
  p('r28-probe-3', 14, '코로나19 대유행이', '코로나19(COVID-19) 대유행이', 'the disease’s international name in brackets'),
  p('r28-probe-4', 7, '다음 주 금요일인 26일까지', '26일(금)까지', 'the date with its weekday in brackets'),
  p('r28-probe-5', 19, '42억 원을', '42억원을', 'the unit written closed up, another house style'),
  p('r28-probe-6', 11, '2주 동안', '2주간', 'the suffix 간 for 동안'),
  p('r28-probe-7', 12, '여덟 살 아들을', '8살 아들을', 'the age in figures'),
  p('r28-probe-8', 12, '밤 12시에', '자정에', 'midnight as 자정'),
  p('r28-probe-9', 11, '청주미화초등학교가', '청주미화초가', 'the usual short form of a primary school’s name'),
  p('r28-probe-10', 9, '유전자증폭(PCR) 검사나', 'PCR 검사나', 'the test by its Latin acronym alone, as Korean news writes it'),
  p(
    'r28-probe-11',
    20,
    '레일라니 바우티스타 WPRO',
    '레일라니 바우티스타(Leilani Bautista) WPRO',
    'the foreign name’s original spelling in brackets',
  ),
  p('r28-probe-12', 10, '9세 여자아이를', '아홉 살 여자아이를', 'the age in native numerals'),
];
