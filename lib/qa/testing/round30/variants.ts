// Round-30 held-out set (written by the round-30 QA writer BEFORE any check was run on it, committed
// alone before any check was changed, and never edited after seeing results): a radio news
// commentary script (ricecomment.en.txt, the morning commentary of Wednesday 20 October 2027; the
// people, the farmers' union, the figures and the bill's terms are INVENTED, real institutions and
// places named as names only): rice prices fall to a five-year low; the farmgate price per 80 kg
// sack, the retail price per 20 kg bag from the aT, more than 6,000 farmers rallying outside the
// Government Complex Sejong, the union chairman Ryu Jae-pil(류재필) (Ryu → 류, not 유), the
// government taking 200,000 tonnes off the market on top of its 400,000-tonne public stockpile, the
// crop, the area and the demand, per capita consumption falling for decades, the KREI research
// fellow Pyo Eun-jeong(표은정) (Pyo → 표), the Grain Management Act amendment and its 3% / 5%
// triggers, the opposition lawmaker Hwangbo Chan-ho(황보찬호) (a two-syllable surname, 황보 의원),
// the ruling-party lawmaker Tak Min-gyu(탁민규) (gyu → 규), the ministry's director-general for food
// policy Eom Tae-hoon(엄태훈) (Eom → 엄, not 염), the paddy reduction plan and strategic crop direct
// payments, the Gimje farmer Shim Ok-bun(심옥분) (bun → 분), the Dangjin RPC manager Noh
// Seung-cheol(노승철) (Noh → 노), the WTO tariff-rate quota, the Kyoto economist Kenji Morita written
// in Hangul (모리타 겐지, the loanword rules' 겐지, not 켄지), a price stabilisation fund, rice flour
// and the 1,000-won breakfast, the plenary vote and the veto window, the closing; a headline, a
// standfirst and 21 body paragraphs; figures: 178,400 won per 80 kg sack → 17만8400원, 16.2%, 180,000
// → 18만 원 선, 20 kg bag at 52,300 won and 9.8%, more than 6,000 farmers → 6000여 명, 38,000
// households, 200,000 won a sack, 40 hectares, 200,000 and 400,000 tonnes, two weeks, 3.65 million
// tonnes → 365만t, 682,000 hectares → 68만2000ha, 1.8% and 2.1%, 3.52 million → 352만t, 130,000 →
// 13만t, 53.9 kg, 136.4 kg in 1970, 1963, 148 grams, a bowl and a half → 한 공기 반, 1.5% and 1%, 3%
// and 5% over five years, 2023, 30,000 won, 1.4 trillion won by 2030 → 2030년 1조4000억 원, 80,000
// hectares by 2028, 5 million won per hectare, 31,000 and 40,000 hectares, 64, 4.5 hectares, 290
// sacks, 10 million won → 1000만 원, 1,200 tonnes, 63,000 and 55,000 won per 40 kg bag of paddy,
// 408,700 tonnes → 40만8700t at 5%, 513%, 2018, 5%, 600 billion won → 6000억 원, 200 universities,
// 1,000 won, 62,000 tonnes, 2.5 million tonnes → 250만t, 15 days, more than half, 500,000
// households; dates: Wednesday, October 20, 2027 (the broadcast) → 2027년 10월 20일 수요일, on Friday
// → 지난 15일, last week → 지난주, on Tuesday → 어제 (twice), earlier this month → 이달 초, last month
// → 지난달, on Monday → 그제, next week → 다음 주, this year → 올해, last year → 지난해 (작년 in the
// RPC manager's speech), two years ago → 2년 전, next Thursday → 다음 주 목요일인 28일, next month →
// 다음 달, mid-November → 11월 중순; acronyms: aT (한국농수산식품유통공사, kept in Latin as the
// corporation writes itself), KREI (한국농촌경제연구원), RPC (미곡종합처리장), WTO (세계무역기구),
// TRQ (저율관세할당), the ministry (농림축산식품부, 농식품부); and its careful Korean translation
// (ricecomment.ko.txt: a noun-ending headline and standfirst, the body in broadcast 합쇼체 as the
// presenter reads it on air, from 안녕하십니까 to 지금까지 아침 논평이었습니다; the union chairman's
// rally speech and the chants in 해라체, the economist, the two lawmakers, the ministry official and
// the Japanese professor's written answer in 합쇼체, the farmer and the RPC manager in 해요체), 90
// single-error variants of every kind and 12 clean probes. Same format and scoring as ../variants.ts.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this script (not every person named is in it). */
export const R30_TERMS: QaTerm[] = [
  { source: 'Ryu Jae-pil', target: '류재필', kind: 'NAME' },
  { source: 'Pyo Eun-jeong', target: '표은정', kind: 'NAME' },
  { source: 'Hwangbo Chan-ho', target: '황보찬호', kind: 'NAME' },
  { source: 'Eom Tae-hoon', target: '엄태훈', kind: 'NAME' },
  { source: 'Shim Ok-bun', target: '심옥분', kind: 'NAME' },
  { source: 'Kenji Morita', target: '모리타 겐지', kind: 'NAME' },
  { source: 'Grain Management Act', target: '양곡관리법', kind: 'TERM' },
  { source: 'Korea Rural Economic Institute', target: '한국농촌경제연구원', kind: 'TERM' },
  { source: 'Ministry of Agriculture, Food and Rural Affairs', target: '농림축산식품부', kind: 'TERM' },
  { source: "Korean Rice Farmers' Union", target: '전국쌀농민연합', kind: 'TERM' },
  { source: 'strategic crop direct payments', target: '전략작물직불금', kind: 'TERM' },
  { source: 'KREI', target: 'KREI', kind: 'DO_NOT_TRANSLATE', caseSensitive: true },
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

export const R30_VARIANTS: NotedVariant[] = [
  v(
    'r30-squote-1',
    'straight-quote',
    5,
    '왔다”고',
    '왔다˝고',
    'a double acute accent (U+02DD) from a Hungarian keyboard layout typed for the closing quote of the chairman’s speech',
  ),
  v(
    'r30-squote-2',
    'straight-quote',
    20,
    '‘천원의',
    '｀천원의',
    'a full-width grave accent (U+FF40) typed in the IME’s full-width mode opens the programme’s name',
  ),
  v(
    'r30-squote-3',
    'straight-quote',
    15,
    '“논이 물이',
    'ˮ논이 물이',
    'a modifier letter double apostrophe (U+02EE) from a phonetic keyboard opens the farmer’s quote',
  ),
  v(
    'r30-squote-4',
    'straight-quote',
    18,
    '“감산이든',
    '‶감산이든',
    'a reversed double prime (U+2036) picked from a symbol table opens the professor’s written answer',
  ),
  v(
    'r30-squote-5',
    'straight-quote',
    11,
    '많습니다”라고',
    '많습니다ʺ라고',
    'a modifier letter double prime (U+02BA) from a transliteration keyboard closes the lawmaker’s quote',
  ),
  v(
    'r30-squote-6',
    'straight-quote',
    5,
    '“쌀값을 보장하라”',
    '『쌀값을 보장하라』',
    'Japanese white corner brackets from a Japanese IME for the first chant, the second keeps Korean quotes',
  ),

  v(
    'r30-repeat-1',
    'repeated-word',
    16,
    '미곡종합처리장(RPC)도',
    '미곡종합처리장(RPC)(RPC)도',
    'the bracketed acronym inserted twice by a CAT tool’s glossary auto-insert',
  ),
  v(
    'r30-repeat-2',
    'repeated-word',
    17,
    '중국과 미국, 베트남',
    '중국과 미국, 미국, 베트남',
    'one country of the list doubled after the list was reordered',
  ),
  v(
    'r30-repeat-3',
    'repeated-word',
    4,
    '쌓아 올렸습니다',
    '쌓아 쌓아 올렸습니다',
    'the first verb of the compound verb 쌓아 올리다 doubled in dictation',
  ),
  v(
    'r30-repeat-4',
    'repeated-word',
    2,
    '가을걷이가',
    '가을 걷이가 가을걷이가',
    'a half-done spacing fix: the word retyped solid, the old spaced form left before it',
  ),
  v(
    'r30-repeat-5',
    'repeated-word',
    13,
    '벼 재배면적을 줄이는',
    '벼 재배면적을\t재배면적을 줄이는',
    'a noun doubled with a tab between the copies, pasted from two spreadsheet cells',
  ),
  v(
    'r30-repeat-6',
    'repeated-word',
    22,
    '지금까지 아침 논평이었습니다.',
    '지금까지 아침 논평이었습니다. 지금까지 아침 논평이었습니다.',
    'the programme’s sign-off sentence pasted twice from the script template',
  ),

  v(
    'r30-markup-1',
    'markup',
    2,
    '안녕하십니까.',
    '안녕하십니까.<break time="700ms"/>',
    'an SSML pause tag left from the text-to-speech version of the script',
  ),
  v(
    'r30-markup-2',
    'markup',
    3,
    '(aT)에',
    '(<sub alias="에이티">aT</sub>)에',
    'an SSML reading alias for the acronym left from the text-to-speech version of the script',
  ),
  v('r30-markup-3', 'markup', 8, '53.9kg으로', "'''53.9kg'''으로", 'MediaWiki bold quotes around the figure from an internal wiki paste'),
  v(
    'r30-markup-4',
    'markup',
    18,
    '경고가 될 만합니다',
    '~~반면교사가~~ 경고가 될 만합니다',
    'a reviewer’s Markdown strikethrough suggestion (the rejected wording) left in the text',
  ),
  v(
    'r30-markup-5',
    'markup',
    14,
    '농식품부는 2028년까지',
    '<!-- wp:paragraph -->농식품부는 2028년까지',
    'a WordPress block-editor comment left at the start of the paragraph by the web edition',
  ),
  v(
    'r30-markup-6',
    'markup',
    15,
    '말했습니다. 심 씨는 올해',
    '말했습니다.<pi>INS 심옥분 0:14</pi> 심 씨는 올해',
    'a newsroom-system presenter instruction (insert the 14-second clip) left between two sentences',
  ),

  v(
    'r30-fffd-1',
    'replacement-char',
    2,
    '80kg 한 가마에',
    '80\uFFFD 한 가마에',
    'the kilogram sign (U+338F ㎏) of an EUC-KR draft lost in conversion',
  ),
  v(
    'r30-fffd-2',
    'replacement-char',
    19,
    '절충안을',
    '????',
    'a word saved through a Latin-1 form field, each Hangul syllable written as a question mark',
  ),
  v(
    'r30-fffd-3',
    'replacement-char',
    1,
    '농민·야당',
    '농민\uF0B7야당',
    'the middle dot turned into the Symbol-font bullet (private-use U+F0B7) of a Word document',
  ),
  v(
    'r30-fffd-4',
    'replacement-char',
    22,
    '아침 논평이었습니다.',
    '아침 논평이었습니다.\uFFFD',
    'a stray U+FFFD after the last full stop, trailing bytes of a cut multi-byte character',
  ),
  v(
    'r30-fffd-5',
    'replacement-char',
    12,
    '여당은 개정안에',
    '\uFFFE여당은 개정안에',
    'the noncharacter U+FFFE at the start of the paragraph, a UTF-16 byte-order mark read in the wrong byte order',
  ),
  v('r30-fffd-6', 'replacement-char', 17, '513%의', '513\uFFFD의', 'the full-width percent sign of an EUC-KR draft lost in conversion'),

  v('r30-moji-1', 'mojibake', 4, '세종정부청사', MOJI.세종정부청사, 'UTF-8 read as ISO-8859-4 (Latin-4) with C1 controls'),
  v('r30-moji-2', 'mojibake', 10, '양곡관리법 개정안이', `${MOJI.양곡관리법} 개정안이`, 'EUC-KR read as ISO-8859-9 (Latin-5, Turkish)'),
  v('r30-moji-3', 'mojibake', 15, '직불금 받은', `${MOJI.직불금} 받은`, 'UTF-8 read as CP869 (DOS Greek) with a U+FFFD'),
  v('r30-moji-4', 'mojibake', 17, '베트남, 태국산', `${MOJI.베트남}, 태국산`, 'UTF-8 read as TCVN3 (Vietnamese)'),
  v('r30-moji-5', 'mojibake', 8, '1인당 쌀 소비량은', `1인당 쌀 ${MOJI.소비량은}`, 'UTF-8 read as Mac Icelandic'),
  v('r30-moji-6', 'mojibake', 20, '국수용', MOJI.국수용, 'UTF-8 read as ISO-8859-13 (Latin-7, Baltic) with C1 controls'),
  v('r30-moji-7', 'mojibake', 2, '곡창지대에서', MOJI.곡창지대에서, 'EUC-KR read as CP863 (DOS French Canadian)'),

  v(
    'r30-latin-1',
    'latin-name',
    4,
    '전남에서',
    'Jeonnam에서',
    'the province left in Latin as the romanised Korean short form, neither the source’s South Jeolla nor Korean',
  ),
  v('r30-latin-2', 'latin-name', 16, '충남 당진에서', '충남 Tangjin에서', 'the city left in its old McCune–Reischauer romanisation'),
  v(
    'r30-latin-3',
    'latin-name',
    18,
    '모리타 겐지 교토대',
    'Kenji Morita 교토대',
    'the Japanese professor’s name left in Latin, given name first',
  ),
  v(
    'r30-latin-4',
    'latin-name',
    20,
    '‘천원의 아침밥’ 사업으로',
    '‘1,000-won breakfast’ 사업으로',
    'the programme’s Korean name left as the source’s English gloss',
  ),
  v(
    'r30-latin-5',
    'latin-name',
    21,
    '국회에 재의를',
    'National Assembly에 재의를',
    'the legislature left in English before a particle in a sentence that names it in Korean just before',
  ),
  v('r30-latin-6', 'latin-name', 5, '김제와 해남', '김제와 Haenam', 'the second county of a pair left in Latin'),

  v('r30-particle-1', 'particle', 6, '40만t과', '40만t와', '와 after t, read 톤 (ends in ㄴ, needs 과)'),
  v('r30-particle-2', 'particle', 5, '40ha를', '40ha을', '을 after ha, read 헥타르 (ends in a vowel, needs 를)'),
  v('r30-particle-3', 'particle', 20, '6만2000t으로', '6만2000t로', '로 after t, read 톤 (ends in ㄴ, needs 으로)'),
  v('r30-particle-4', 'particle', 11, '최저선이라고', '최저선라고', 'the copula dropped before 라고 after 선, which ends in ㄴ'),
  v('r30-particle-5', 'particle', 12, '밀이나 콩으로', '밀나 콩으로', '나 after 밀, which ends in ㄹ (needs 이나)'),
  v('r30-particle-6', 'particle', 21, '법률로', '법률으로', '으로 after 률, which ends in ㄹ (takes 로)'),
  v('r30-particle-7', 'particle', 10, '3%를', '3%을', '을 after %, read 퍼센트 (ends in a vowel, needs 를)'),

  v(
    'r30-acronym-1',
    'acronym',
    9,
    '(KREI)',
    '(KERI)',
    'two letters of the institute’s acronym transposed, giving another body’s acronym (an electrotechnology institute)',
  ),
  v('r30-acronym-2', 'acronym', 17, '(TRQ)', '(MMA)', 'minimum market access, the old name of the rice import quota, for the source’s TRQ'),
  v(
    'r30-acronym-3',
    'acronym',
    16,
    'RPC를 운영하는',
    'DSC를 운영하는',
    'a drying and storage centre, the smaller sibling facility, for the source’s RPC',
  ),
  v(
    'r30-acronym-4',
    'acronym',
    17,
    '세계무역기구(WTO)',
    '세계무역기구(GATT)',
    'the WTO’s predecessor, under which the rice deal was first struck, for the source’s WTO',
  ),
  v(
    'r30-acronym-5',
    'acronym',
    9,
    '한국농촌경제연구원(KREI)',
    '한국개발연구원(KREI)',
    'the acronym kept but its expansion swapped for another state think tank',
  ),
  v(
    'r30-acronym-6',
    'acronym',
    3,
    '(aT)에 따르면',
    '(KAMIS)에 따르면',
    'the corporation’s price information service for the corporation itself',
  ),

  v(
    'r30-phrase-1',
    'phrase-consistency',
    14,
    '벼 재배면적을 8만ha',
    '벼 경작면적을 8만ha',
    'the area under rice as 경작면적 once, 재배면적 everywhere else',
  ),
  v(
    'r30-phrase-2',
    'phrase-consistency',
    19,
    '초과 생산량이',
    '과잉 생산량이',
    'the surplus as 과잉 생산량 once, 초과 생산량 in the bill paragraph',
  ),
  v('r30-phrase-3', 'phrase-consistency', 21, '본회의 표결은', '본회의 투표는', 'the plenary vote as 투표 once, 표결 elsewhere'),
  v(
    'r30-phrase-4',
    'phrase-consistency',
    5,
    '류재필 전국쌀농민연합 회장은',
    '류재필 전국쌀농민연대 회장은',
    'the union as 연대 once, the glossary’s 연합 in the rally paragraph',
  ),
  v(
    'r30-phrase-5',
    'phrase-consistency',
    2,
    '산지 쌀값은',
    '산지 미가는',
    'the farmgate price as the jargon 미가 once, 쌀값 in the headlines',
  ),
  v(
    'r30-phrase-6',
    'phrase-consistency',
    13,
    '엄 정책관은',
    '엄 국장은',
    'the official’s title as 국장 (his grade) once, 식량정책관 at first mention',
  ),
  v(
    'r30-phrase-7',
    'phrase-consistency',
    6,
    '시장에서 격리하겠다고',
    '시장에서 분리하겠다고',
    'taking rice off the market calqued as 분리 once, the policy term 시장격리 in the standfirst',
  ),

  v('r30-time-1', 'relative-time', 6, '그제는', '어제는', 'Monday, two days before the Wednesday broadcast, as yesterday'),
  v(
    'r30-time-2',
    'relative-time',
    21,
    '다음 주 목요일인 28일로',
    '오는 21일로',
    'next Thursday resolved to the coming Thursday (21st), the day after the broadcast',
  ),
  v('r30-time-3', 'relative-time', 2, '지난 15일', '지난 14일', 'last Friday resolved to Thursday the 14th'),
  v('r30-time-4', 'relative-time', 11, '지난주 이 프로그램과의', '이번 주 이 프로그램과의', 'the interview last week moved into this week'),
  v('r30-time-5', 'relative-time', 18, '2년 전 일본의', '지난해 일본의', 'Japan’s shortage two years ago as last year'),
  v('r30-time-6', 'relative-time', 5, '이달 초에는', '지난달 초에는', 'earlier this month as early last month'),
  v('r30-time-7', 'relative-time', 13, '어제 세종에서', '지난 18일 세종에서', 'Tuesday resolved to Monday the 18th'),

  v(
    'r30-drop-1',
    'dropped-sentence',
    2,
    ' (이 논평에 나오는 인물과 단체, 수치는 모두 가상입니다.)',
    '',
    'the bracketed note that the people and figures are invented dropped',
  ),
  v('r30-drop-2', 'dropped-sentence', 22, ' 지금까지 아침 논평이었습니다.', '', 'the sign-off sentence dropped'),
  v(
    'r30-drop-3',
    'dropped-sentence',
    5,
    ' 농민들은 “쌀값을 보장하라”, “양곡관리법을 즉각 개정하라”는 구호를 외쳤습니다.',
    '',
    'the sentence with the farmers’ two chants dropped',
  ),
  v(
    'r30-drop-4',
    'dropped-sentence',
    17,
    ' 할당량을 넘어 들여오는 쌀에는 513%의 관세가 붙습니다.',
    '',
    'the short sentence on the over-quota tariff dropped',
  ),
  v(
    'r30-drop-5',
    'dropped-sentence',
    8,
    ' 하루 약 148g, 밥으로 치면 한 공기 반 정도입니다.',
    '',
    'the last sentence (the consumption per day) dropped',
  ),
  v(
    'r30-drop-6',
    'dropped-sentence',
    13,
    '“농민들의 분노는 충분히 이해합니다. 그러나 해법은',
    '“해법은',
    'the first sentence of the official’s quote dropped and the next one’s 그러나 removed to smooth it over',
  ),

  v('r30-number-1', 'numbers', 2, '17만8400원', '1만7840원', '178,400 won as 17,840 (the 만 put one place off)'),
  v('r30-number-2', 'numbers', 3, '쌀 20kg 한 포대', '쌀 10kg 한 포대', 'the 20 kg bag as the commoner 10 kg bag'),
  v('r30-number-3', 'numbers', 3, '9.8% 내리는', '9.8%포인트 내리는', 'a percentage fall in price as percentage points'),
  v('r30-number-4', 'numbers', 13, '1조4000억 원', '14조 원', '1.4 trillion won as 14 trillion'),
  v('r30-number-5', 'numbers', 15, '심옥분(64)', '심옥분(46)', 'the farmer’s age with its digits transposed'),
  v('r30-number-6', 'numbers', 22, '절반 이상을', '절반 가까이를', 'more than half of the farmland as nearly half'),
  v('r30-number-7', 'numbers', 8, '한 공기 반', '두 공기 반', 'a bowl and a half as two and a half bowls'),

  v('r30-speech-1', 'speech-level', 7, '추산됩니다.', '추산된다.', 'a narration sentence in newspaper 해라체 in the 합쇼체 broadcast'),
  v(
    'r30-speech-2',
    'speech-level',
    5,
    '왔다”고',
    '왔습니다”라고',
    'the chairman’s 해라체 rally speech switching to 합쇼체 in its second sentence',
  ),
  v('r30-speech-3', 'speech-level', 15, '썩어 버렸어요.', '썩어 버렸어.', 'one sentence of the farmer’s 해요체 quote in 반말 (해체)'),
  v(
    'r30-speech-4',
    'speech-level',
    13,
    '부탁드립니다”라고',
    '부탁드려요”라고',
    'the last sentence of the official’s 합쇼체 quote in 해요체',
  ),
  v('r30-speech-5', 'speech-level', 22, '아침 논평이었습니다.', '아침 논평이었어요.', 'the on-air sign-off in 해요체'),
  v(
    'r30-speech-6',
    'speech-level',
    14,
    '미치지 못했습니다.',
    '미치지 못함.',
    'a narration sentence ending in the noun form -ㅁ of a ministry briefing note',
  ),
  v(
    'r30-speech-7',
    'speech-level',
    0,
    '세종서 농민 대규모 집회',
    '세종서 농민들이 대규모 집회를 열었습니다',
    'the headline ending in a 합쇼체 sentence',
  ),

  v('r30-name-1', 'name-lost', 11, '황보 의원은', '황 의원은', 'the two-syllable surname 황보 cut to 황 at the second mention'),
  v('r30-name-2', 'name-lost', 13, '엄태훈 농식품부', '염태훈 농식품부', 'Eom written 염, not the glossary’s 엄'),
  v('r30-name-3', 'name-lost', 15, '심옥분(64)', '심옥번(64)', 'Ok-bun written 옥번, not the glossary’s 옥분'),
  v('r30-name-4', 'name-lost', 5, '류재필', '유재필', 'Ryu written 유 (the initial-sound rule applied), not the glossary’s 류'),
  v('r30-name-5', 'name-lost', 18, '모리타 겐지', '모리타 켄지', 'Kenji written 켄지, not the glossary’s 겐지'),
  v('r30-name-6', 'name-lost', 12, '탁민규 의원은', '탁민구 의원은', 'Min-gyu written 민구, not the bracketed 민규'),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R30_PROBES: NotedProbe[] = [
  p('r30-probe-1', 2, '80kg 한 가마에', '80㎏ 한 가마에', 'the kilogram sign (U+338F) many Korean house styles use'),
  p('r30-probe-2', 4, '6000여 명이', '6천여 명이', 'thousands written with 천, the wire services’ style'),
  p('r30-probe-3', 6, '그제는', '그저께는', 'the longer form of 그제'),
  p('r30-probe-4', 17, '세계무역기구(WTO)', 'WTO(세계무역기구)', 'the acronym first, the Korean name in brackets'),
  p('r30-probe-5', 15, '심옥분(64) 씨는', '심옥분(64세) 씨는', 'the age in brackets with its counter'),
  p('r30-probe-6', 21, '다음 주 목요일인 28일로', '오는 28일로', 'next Thursday as 오는 28일'),
  p('r30-probe-7', 13, '1조4000억 원가량이', '1조 4천억 원가량이', 'the amount spaced and written with 천'),
  p('r30-probe-8', 6, '40만t과', '40만 톤과', 'the unit written in Hangul'),
  p('r30-probe-9', 12, '같은 상임위원회 소속인', '같은 농해수위 소속인', 'the committee by its usual short name'),
  p('r30-probe-10', 20, '‘천원의 아침밥’', '“천원의 아침밥”', 'double quotes for the programme’s name'),
  p('r30-probe-11', 9, '표 위원은 “소비는', '표은정 위원은 “소비는', 'the full name repeated at the second mention'),
  p('r30-probe-12', 18, '모리타 겐지 교토대', '모리타 겐지(森田健二) 교토대', 'the Japanese name’s kanji in brackets'),
];
