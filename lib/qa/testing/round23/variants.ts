// Round-23 held-out set of issue #15 (written by the round-23 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): an
// aviation-incident news story (runway-overrun.en.txt, dated Tuesday 8 December 2026; the airlines
// Taewon Air and Hanul Jet, the accident, the figures and every person are INVENTED, real
// institutions and places named as names only): a low-cost carrier's Boeing 737-800, flight TW 303,
// overruns the rain-soaked runway at Yeosu Airport on Sunday night, the ARAIB recovers the FDR and
// CVR and examines a bird-strike theory, the CEO apologises and offers compensation, the transport
// ministry orders an inspection of all nine LCCs; a headline, a standfirst and 21 body paragraphs;
// the investigator Suh Jae-min(서재민) (Suh → 서), the captain Hwang Tae-il(황태일), the first
// officer Shin Dong-wook(신동욱) (Shin → 신), the CEO Koo Bon-seok(구본석) (Koo → 구), the official
// Yoo Kyung-hwan(유경환) (Yoo → 유), the passengers Moon Ji-yeon(문지연) (Moon → 문) and Kang
// Min-gyu(강민규), the professor Ryu Seung-ho(류승호) (Ryu → 류, not 유) with their Hangul in brackets;
// the former NTSB investigator Margaret Haldane written in Hangul (마거릿 홀데인); FDR, CVR, ARAIB,
// ICAO, ATC, LCC, MOLIT, RESA, NTSB; 174명 and 6명, 2100m, 85m, 40m, 152노트 (시속 약 282km),
// 초속 17m, 150만 원 and 2억6100만 원, 14.2% and 1.8%포인트, 12~18개월, 3분의 1, 23% year on year,
// 612건, TW 303편 and HN 1208편; on Tuesday → 8일, Sunday night → 6일 밤, Monday → 7일, from
// Thursday → 10일부터, Monday, Nov. 30 → 지난달 30일 (across the month boundary), Friday, Dec. 11 →
// 11일, Jan. 29 next year → 내년 1월 29일; this year, last year, last month, this week, next week,
// within the year → 연내, the first half of next year → 내년 상반기) and its careful Korean newspaper
// translation (runway-overrun.ko.txt: 해라체 narration, noun-ending headline and standfirst; the
// investigator, the CEO and the ministry official quoted in 합쇼체, the passengers in 해요체, the
// foreign expert and the professor in the 해라체 papers use for quoted statements), 90 single-error
// variants of every kind and 12 clean probes. Same format and scoring as ../variants.ts.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this story (not every person named is in it). */
export const R23_TERMS: QaTerm[] = [
  { source: 'Suh Jae-min', target: '서재민', kind: 'NAME' },
  { source: 'Koo Bon-seok', target: '구본석', kind: 'NAME' },
  { source: 'Yoo Kyung-hwan', target: '유경환', kind: 'NAME' },
  { source: 'Ryu Seung-ho', target: '류승호', kind: 'NAME' },
  { source: 'Hwang Tae-il', target: '황태일', kind: 'NAME' },
  { source: 'Margaret Haldane', target: '마거릿 홀데인', kind: 'NAME' },
  { source: 'Taewon Air', target: '태원항공', kind: 'TERM' },
  { source: 'Hanul Jet', target: '하늘제트', kind: 'TERM' },
  { source: 'Aviation and Railway Accident Investigation Board', target: '항공철도사고조사위원회', kind: 'TERM' },
  { source: 'bird strike', target: '조류 충돌', kind: 'TERM' },
  { source: 'Yeosu Airport', target: '여수공항', kind: 'TERM' },
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

export const R23_VARIANTS: NotedVariant[] = [
  v('r23-squote-1', 'straight-quote', 5, '이릅니다”라고', '이릅니다″라고', 'a double prime (U+2033) from a symbol font closes the quote'),
  v('r23-squote-2', 'straight-quote', 8, '‘쿵’ 하는', "'쿵' 하는", 'straight single quotes around an onomatopoeia'),
  v('r23-squote-3', 'straight-quote', 17, '‘A 점검’을', '"A 점검"을', 'straight double quotes where the paper uses single curly quotes'),
  v('r23-squote-4', 'straight-quote', 19, '“브레이크가', '„브레이크가', 'a German low-9 opening quote from a de-DE locale template'),
  v(
    'r23-squote-5',
    'straight-quote',
    21,
    '“국토부는 서류만',
    '"국토부는 서류만',
    'straight opening double quote before the professor’s quote',
  ),

  v('r23-repeat-1', 'repeated-word', 3, '최대 초속 17m의', '최대 최대 초속 17m의', 'the prenoun 최대 doubled before a unit phrase'),
  v('r23-repeat-2', 'repeated-word', 11, '승객 1인당', '승객 승객 1인당', 'a noun doubled before a per-head figure'),
  v('r23-repeat-3', 'repeated-word', 16, '여수·무안·군산', '여수·무안·무안·군산', 'the middle member of a ·-joined list doubled'),
  v('r23-repeat-4', 'repeated-word', 22, '다음 주 운항을', '다음 주 주 운항을', 'the one-syllable noun 주 (week) doubled'),
  v(
    'r23-repeat-5',
    'repeated-word',
    9,
    '하늘제트 HN 1208편은',
    '하늘제트 HN HN 1208편은',
    'the Latin airline code doubled in a flight number',
  ),

  v(
    'r23-markup-1',
    'markup',
    4,
    '모두 퇴원했다.',
    '모두 퇴원했다.&#160;',
    'a numeric no-break-space entity left at the end of a paragraph',
  ),
  v('r23-markup-2', 'markup', 12, '14.2%로', '**14.2%**로', 'Markdown bold asterisks from a chat/Docs Markdown export around a figure'),
  v(
    'r23-markup-3',
    'markup',
    14,
    '“성장을',
    '<p class="MsoNormal">“성장을',
    'a Word HTML MsoNormal paragraph opening tag inside a paragraph',
  ),
  v(
    'r23-markup-4',
    'markup',
    16,
    '612건으로',
    '<span style="font-weight:400">612건</span>으로',
    'a Google Docs inline-style span around a figure before its particle',
  ),
  v('r23-markup-5', 'markup', 10, '허리를 깊이 숙였다.', '허리를 깊이 숙였다.<w:br/>', 'a WordprocessingML <w:br/> from raw .docx XML'),
  v('r23-markup-6', 'markup', 20, '아무런 안내 방송도', '[b]아무런 안내 방송도[/b]', 'BBCode bold tags from a forum/CMS paste'),
  v('r23-markup-7', 'markup', 3, '2100m의', '2100m<!--[endif]-->의', 'a Word conditional comment left between a unit and its particle'),

  v('r23-fffd-1', 'replacement-char', 7, '12~18개월이', '12\uFFFD18개월이', 'the range tilde lost'),
  v('r23-fffd-2', 'replacement-char', 0, '이탈… 항철위', '이탈\uFFFD 항철위', 'the headline ellipsis as one U+FFFD'),
  v('r23-fffd-3', 'replacement-char', 19, '문지연(34)', '문지\uFFFD(34)', 'the last syllable of a name lost'),
  v('r23-fffd-4', 'replacement-char', 16, '3분의 1은', '3분\uFFFD 1은', 'the 의 of a fraction lost'),
  v('r23-fffd-5', 'replacement-char', 5, '“단일', '\uFFFD단일', 'the curly opening quote lost'),

  v('r23-moji-1', 'mojibake', 5, '조사단장은', MOJI.조사단장은, 'UTF-8 read as Windows-1258 (Vietnamese, combining accents)'),
  v('r23-moji-2', 'mojibake', 11, '보상금 총액은', `${MOJI.보상금} 총액은`, 'UTF-8 read as ISO-8859-7 (Greek) with C1 controls'),
  v('r23-moji-3', 'mojibake', 12, '점유율이', MOJI.점유율이, 'UTF-8 read as Windows-1256 (Arabic)'),
  v('r23-moji-4', 'mojibake', 14, '과징금을', MOJI.과징금을, 'EUC-KR read as Shift_JIS (half-width katakana and a kanji)'),
  v('r23-moji-5', 'mojibake', 16, '습지', MOJI.습지, 'UTF-8 read as Windows-1257 (Baltic) with U+FFFD'),
  v('r23-moji-6', 'mojibake', 15, '여수공항의', MOJI.여수공항의, 'UTF-8 left quoted-printable from a mail body (pure ASCII)'),
  v('r23-moji-7', 'mojibake', 8, '부기장', MOJI.부기장, 'UTF-8 read as CP866 (DOS Cyrillic)'),

  v('r23-latin-1', 'latin-name', 9, '광주공항으로', 'Gwangju공항으로', 'a city left romanised before a Korean noun'),
  v('r23-latin-2', 'latin-name', 3, '김포공항을', 'Gimpo공항을', 'the departure airport left romanised'),
  v('r23-latin-3', 'latin-name', 18, '마거릿 홀데인은', 'Margaret Haldane은', 'the foreign expert left in Latin with a Korean particle'),
  v('r23-latin-4', 'latin-name', 20, '강민규(52) 씨는', 'Kang Min-gyu(52) 씨는', 'a Korean passenger left in romanisation'),
  v(
    'r23-latin-5',
    'latin-name',
    21,
    '한국항공대 항공우주공학과',
    'Korea Aerospace University 항공우주공학과',
    'a Korean university left in English',
  ),

  v('r23-particle-1', 'particle', 7, '12~18개월이', '12~18개월가', '가 after 개월, which ends in a consonant'),
  v('r23-particle-2', 'particle', 16, '612건으로', '612건로', '로 after 건, which ends in ㄴ (needs 으로)'),
  v('r23-particle-3', 'particle', 6, '282km)로', '282km)으로', '으로 after a closing bracket, although both 노트 and km(킬로미터) take 로'),
  v(
    'r23-particle-4',
    'particle',
    15,
    '종단안전구역(RESA)을',
    '종단안전구역(RESA)를',
    '를 agreeing with the bracketed acronym, not with 구역 before it',
  ),
  v('r23-particle-5', 'particle', 7, 'CVR은', 'CVR는', '는 after CVR, read 브이알 ending in ㄹ'),
  v('r23-particle-6', 'particle', 15, '240m로', '240m으로', '으로 after m (미터, vowel)'),
  v('r23-particle-7', 'particle', 6, '서 단장은', '서 단장는', '는 after the title 단장, which ends in ㅇ'),
  v('r23-particle-8', 'particle', 3, '85m를', '85m을', '을 after m (미터, vowel)'),

  v('r23-acronym-1', 'acronym', 6, 'FDR 분석', 'CVR 분석', 'the neighbouring recorder: the source says the FDR showed the speed'),
  v(
    'r23-acronym-2',
    'acronym',
    7,
    '국제민간항공기구(ICAO)',
    '국제민간항공기구(IATA)',
    'the airlines’ association’s acronym for the UN agency',
  ),
  v('r23-acronym-3', 'acronym', 18, '(NTSB)', '(NTBS)', 'two letters of the acronym transposed'),
  v('r23-acronym-4', 'acronym', 9, '(ATC)', '(ACT)', 'air traffic control’s acronym scrambled'),
  v('r23-acronym-5', 'acronym', 12, '(LCC)로', '(LLC)로', 'LCC as LLC (limited liability company)'),
  v('r23-acronym-6', 'acronym', 15, 'ICAO 권고', 'IACO 권고', 'ICAO misspelt with its vowels swapped'),
  v('r23-acronym-7', 'acronym', 21, '국내 LCC들이', '국내 FSC들이', 'full-service carriers for the source’s low-cost carriers'),
  v('r23-acronym-8', 'acronym', 2, '(CVR)를', '(CRV)를', 'the cockpit-voice recorder’s acronym with two letters swapped'),

  v(
    'r23-phrase-1',
    'phrase-consistency',
    18,
    '조류 충돌만으로',
    '버드 스트라이크만으로',
    'bird strike transliterated once; the text says 조류 충돌 elsewhere',
  ),
  v(
    'r23-phrase-2',
    'phrase-consistency',
    22,
    '항철위는 11일',
    '항공사고조사위원회는 11일',
    'the board’s pre-2006 name (before railways joined), 항철위 elsewhere',
  ),
  v(
    'r23-phrase-3',
    'phrase-consistency',
    17,
    '태원항공이 보유한',
    '태원에어가 보유한',
    'the airline’s name transliterated once (Air → 에어), 태원항공 elsewhere',
  ),
  v(
    'r23-phrase-4',
    'phrase-consistency',
    16,
    '국토부 자료에',
    '국토해양부 자료에',
    'the ministry’s pre-2013 name, 국토부/국토교통부 elsewhere',
  ),
  v(
    'r23-phrase-5',
    'phrase-consistency',
    18,
    '활주로 이탈 사고에서',
    '활주로 과주 사고에서',
    'overrun as the technical 과주 once, 활주로 이탈 elsewhere',
  ),
  v(
    'r23-phrase-6',
    'phrase-consistency',
    9,
    '저비용항공사 항공편인',
    '저가항공사 항공편인',
    'the colloquial 저가항공사 once, 저비용항공사 elsewhere',
  ),
  v('r23-phrase-7', 'phrase-consistency', 9, '여수공항 착륙을', '여수비행장 착륙을', 'the airport as 비행장 once, 여수공항 elsewhere'),
  v(
    'r23-phrase-8',
    'phrase-consistency',
    11,
    '보상금 총액은',
    '위로금 총액은',
    'compensation as 위로금 (consolation money) in the second mention',
  ),

  v('r23-time-1', 'relative-time', 7, 'CVR은 이번 주', 'CVR은 다음 주', 'this week shifted to next week'),
  v('r23-time-2', 'relative-time', 22, '다음 주 운항을', '이번 주 운항을', 'next week shifted to this week'),
  v('r23-time-3', 'relative-time', 15, '내년 상반기까지', '올해 상반기까지', 'the first half of next year as this year’s (already past)'),
  v('r23-time-4', 'relative-time', 15, '연내 공항에', '내년 중 공항에', 'within the year as during next year'),
  v('r23-time-5', 'relative-time', 8, '지난해 입사했다', '올해 입사했다', 'last year as this year'),
  v('r23-time-6', 'relative-time', 17, '지난달 30일', '이달 30일', 'Monday, Nov. 30 across the month boundary written as this month'),
  v('r23-time-7', 'relative-time', 13, '10일부터', '11일부터', 'from Thursday (10 December) as the 11th, a Friday'),

  v('r23-number-1', 'numbers', 3, '승객 174명', '승객 147명', 'passenger count with digits swapped'),
  v('r23-number-2', 'numbers', 6, '152노트', '125노트', 'threshold speed with digits swapped'),
  v('r23-number-3', 'numbers', 11, '2억6100만 원', '26억1000만 원', 'the total compensation ten times too large (억 misplaced)'),
  v('r23-number-4', 'numbers', 12, '1.8%포인트', '1.8%', 'percentage points rendered as percent'),
  v('r23-number-5', 'numbers', 16, '약 3분의 1은', '약 4분의 1은', 'one-third as one-quarter'),
  v('r23-number-6', 'numbers', 6, '282km', '182km', 'the km/h conversion changed'),
  v('r23-number-7', 'numbers', 8, '1만1000시간', '1100시간', '11,000 flight hours as 1,100'),

  v(
    'r23-drop-1',
    'dropped-sentence',
    6,
    ' 이는 같은 중량의 통상 착륙 속도보다 12노트가량 빠른 것이다.',
    '',
    'the sentence with the 12-knot excess speed dropped',
  ),
  v('r23-drop-2', 'dropped-sentence', 11, ' 보상금 총액은 약 2억6100만 원이다.', '', 'the total compensation sentence dropped'),
  v('r23-drop-3', 'dropped-sentence', 13, ' 점검은 내년 1월 29일까지 이어진다.', '', 'the inspection’s end date dropped'),
  v('r23-drop-4', 'dropped-sentence', 12, ' 지난달에는 새 항공기 2대를 들여왔다.', '', 'the delivery of two aircraft last month dropped'),
  v('r23-drop-5', 'dropped-sentence', 8, ' 부기장 신동욱(29) 씨는 지난해 입사했다.', '', 'the first officer’s sentence dropped'),
  v(
    'r23-drop-6',
    'dropped-sentence',
    3,
    '85m를 더 미끄러진 뒤 방파제를 약 40m 앞두고 멈춰 섰다.',
    '85m를 더 미끄러졌다.',
    'the clause with the 40 m to the seawall dropped',
  ),
  v(
    'r23-drop-7',
    'dropped-sentence',
    5,
    '있습니다”라며 “단일 원인을 지목하기에는 아직 이릅니다”라고 말했다.',
    '있습니다”라고 말했다.',
    'the investigator’s second quoted sentence dropped',
  ),

  v(
    'r23-speech-1',
    'speech-level',
    10,
    '사과드립니다”라며',
    '사과드려요”라며',
    'the CEO’s formal apology in 해요체, his next sentence in 합쇼체',
  ),
  v('r23-speech-2', 'speech-level', 5, '이릅니다”라고', '이르다”라고', 'the investigator’s second sentence in 해라체 after a 합쇼체 one'),
  v(
    'r23-speech-3',
    'speech-level',
    14,
    '내줄 수는 없습니다”라며',
    '내줄 수는 없어요”라며',
    'the official’s first sentence in 해요체, the second in 합쇼체',
  ),
  v(
    'r23-speech-4',
    'speech-level',
    19,
    '기도만 했어요”라고',
    '기도만 했습니다”라고',
    'the passenger’s second sentence in 합쇼체 after a 해요체 one',
  ),
  v('r23-speech-5', 'speech-level', 20, '설명했으면 해요”라고', '설명했으면 해”라고', 'the passenger’s 해요체 quote ending in 반말 (해체)'),
  v('r23-speech-6', 'speech-level', 18, '드물다”며', '드뭅니다”라며', 'the expert’s first quote in 합쇼체, her second stays 해라체'),

  v('r23-name-1', 'name-lost', 21, '류승호 한국항공대', '유승호 한국항공대', 'Ryu written 유 although the source gives 류'),
  v('r23-name-2', 'name-lost', 5, '서재민 항철위', '수재민 항철위', 'Suh written 수 although the source gives 서'),
  v('r23-name-3', 'name-lost', 10, '구본석 태원항공', '쿠본석 태원항공', 'Koo transliterated 쿠 although the source gives 구'),
  v('r23-name-4', 'name-lost', 18, '마거릿 홀데인은', '마가렛 할데인은', 'Margaret Haldane not in the glossary form'),
  v('r23-name-5', 'name-lost', 20, '강민규(52)', '강민구(52)', 'Min-gyu written 민구 although the source gives 민규'),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R23_PROBES: NotedProbe[] = [
  p('r23-probe-1', 12, '1.8%포인트', '1.8%p', 'percentage points abbreviated %p'),
  p('r23-probe-2', 11, '약 2억6100만 원이다', '약 2억 6100만 원이다', 'a space after 억, as some papers write it'),
  p('r23-probe-3', 7, '12~18개월', '12개월~18개월', 'the unit repeated on both ends of the range'),
  p('r23-probe-4', 3, '오후 9시 47분', '오후 9시47분', 'the time written without a space'),
  p('r23-probe-5', 6, '시속 약 282km', '시속 약 282㎞', 'the km unit as the compatibility symbol ㎞'),
  p('r23-probe-6', 8, '기장 황태일(51) 씨는', '황태일(51) 기장은', 'the title after the name instead of 씨'),
  p('r23-probe-7', 15, '연내 공항에', '올해 안에 공항에', '“within the year” spelled out'),
  p('r23-probe-8', 18, '마거릿 홀데인은', '마거릿 홀데인(Margaret Haldane)은', 'a romanised gloss after the foreign name'),
  p('r23-probe-9', 22, '항철위는 11일', '항철위는 11일(금)', 'the weekday added in brackets'),
  p('r23-probe-10', 17, '지난달 30일', '11월 30일', 'the month written out instead of 지난달'),
  p('r23-probe-11', 9, '윈드시어 때문에', '윈드시어(급변풍) 때문에', 'a Korean gloss after the loanword'),
  p('r23-probe-12', 3, '초속 17m의', '초속 17미터의', 'the metre unit written in Hangul'),
];
