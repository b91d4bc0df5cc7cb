// Round-21 held-out set of issue #15 (written by the round-21 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): an
// entertainment-business news story (starhaven-agm.en.txt, dated Monday 7 December 2026; the agency,
// the fund, the girl group, the tour, the research firm and every person are invented, real
// institutions named as names only: shareholders of an invented K-pop agency, Starhaven
// Entertainment, oust its founder at an extraordinary general meeting; a private-equity fund becomes
// the largest shareholder; the girl group Nova Nine disputes its exclusive contracts before the Korea
// Fair Trade Commission while its world tour sells 420,000 tickets; a fan union buys shares; a
// headline, a standfirst and 21 body paragraphs; the founder Hwang Jae-seok(황재석), the new chief
// executive Yoon Seo-hyun(윤서현) (Yoon → 윤, not 연), the idol Seo Ha-rin(서하린) (Seo → 서), the
// regulator Kwak Min-ho(곽민호), the fund head Han Dong-wook(한동욱), the A&R head Ryu Ji-an(류지안)
// (Ryu → 류, not 유) and the fan-union leader Baek So-yeon(백소연) (Baek → 백, not 배) with their
// Hangul in brackets; the London analyst Ellen Whitaker written in Hangul; CEO, CFO, EGM, AGM, KRX,
// KOSDAQ, KFTC, A&R, IFPI, IPO, MOU, KOMCA; 42만 장, 810만 주 대 490만 주, 62.4% of votes cast, 81%
// turnout, 3.1%포인트 to 24.3%, 18.7%, 3만8450원 and 11.3%, 1조2400억 원, 1850억 원 ($138 million →
// 1억3800만 달러), 412억/3270억 원, 23.6% year on year, a range (9만9000~22만 원), fractions (3분의 1,
// 4분의 3), 0.4%, 4.8%; on Monday → 7일/이날, on Sunday → 6일, on Friday → 4일, on Saturday, Nov. 28
// → 지난달 28일 (across the month boundary), on Thursday → 10일, Tuesday, Dec. 15 → 15일(화); this
// year, last year, last month, next week, this week, next year, within the year → 연내, the first
// half of next year → 내년 상반기, the second half of next year → 내년 하반기) and its careful Korean
// newspaper translation (starhaven-agm.ko.txt: 해라체 narration, a noun-ending headline; the new
// CEO and the regulator quoted in 합쇼체, the idol and the fan in 해요체, the founder, the fund head
// and the analyst in the 해라체 Korean papers use for quoted statements; after the first mention 황
// 전 대표, 윤 대표, 백 씨), 90 single-error variants of every kind and 12 clean probes. Same format and
// scoring as ../variants.ts. Written before any check was run on it, committed alone.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this story (not every person named is in it). */
export const R21_TERMS: QaTerm[] = [
  { source: 'Hwang Jae-seok', target: '황재석', kind: 'NAME' },
  { source: 'Yoon Seo-hyun', target: '윤서현', kind: 'NAME' },
  { source: 'Seo Ha-rin', target: '서하린', kind: 'NAME' },
  { source: 'Kwak Min-ho', target: '곽민호', kind: 'NAME' },
  { source: 'Han Dong-wook', target: '한동욱', kind: 'NAME' },
  { source: 'Ellen Whitaker', target: '엘런 휘터커', kind: 'NAME' },
  { source: 'Starhaven', target: '스타헤이븐', kind: 'TERM' },
  { source: 'Nova Nine', target: '노바나인', kind: 'TERM' },
  { source: 'Seorin Partners', target: '서린파트너스', kind: 'TERM' },
  { source: 'Korea Fair Trade Commission', target: '공정거래위원회', kind: 'TERM' },
  { source: 'International Federation of the Phonographic Industry', target: '국제음반산업협회', kind: 'TERM' },
  { source: 'Korea Music Copyright Association', target: '한국음악저작권협회', kind: 'TERM' },
  { source: 'exclusive contract', target: '전속계약', kind: 'TERM' },
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

export const R21_VARIANTS: NotedVariant[] = [
  v('r21-squote-1', 'straight-quote', 6, '쌓겠습니다”라고', '쌓겠습니다"라고', 'straight closing double quote after the CEO’s 합쇼체'),
  v('r21-squote-2', 'straight-quote', 1, '“불공정 계약”', '"불공정 계약"', 'a balanced pair of straight double quotes in the standfirst'),
  v('r21-squote-3', 'straight-quote', 10, '전부예요”라고', '전부예요“라고', 'an opening curly quote used to close the idol’s quote'),
  v('r21-squote-4', 'straight-quote', 19, '“프로듀서', '"프로듀서', 'straight opening double quote, curly closing kept'),
  v('r21-squote-5', 'straight-quote', 21, '바랍니다”라고', "바랍니다'라고", 'one straight apostrophe closing a curly double quote'),

  v(
    'r21-repeat-1',
    'repeated-word',
    3,
    '810만 주 대 490만 주로',
    '810만 주 대 대 490만 주로',
    'the conjunction 대 of a vote count doubled',
  ),
  v('r21-repeat-2', 'repeated-word', 8, '올해 들어 하루', '올해 들어 들어 하루', 'a bound verb 들어 doubled after a time noun'),
  v('r21-repeat-3', 'repeated-word', 14, '신인 보이그룹', '신인 신인 보이그룹', 'a prenominal noun doubled'),
  v('r21-repeat-4', 'repeated-word', 17, '팬들도 편이 갈렸다.', '팬들도 팬들도 편이 갈렸다.', 'the opening subject of a paragraph doubled'),
  v('r21-repeat-5', 'repeated-word', 20, '외부 회계사에게', '외부 외부 회계사에게', 'an attributive noun doubled before a recipient'),

  // Markup from Google Docs clipboard HTML, XLIFF inline tags of a CAT tool, double-escaped HTML,
  // a Google Docs Markdown export and Word's Office namespace, none used before.
  v(
    'r21-markup-1',
    'markup',
    3,
    '서울 성수동에서',
    '<b style="font-weight:normal;" id="docs-internal-guid-3f1a2b7c-7fff-4c2e-9d10-5a6b7c8d9e0f">서울 성수동에서',
    'the Google Docs clipboard wrapper <b id="docs-internal-guid-…"> left at the start of a paragraph',
  ),
  v('r21-markup-2', 'markup', 15, 'A&R 팀의', 'A&amp;R 팀의', 'the ampersand of A&R double-escaped as &amp;'),
  v(
    'r21-markup-3',
    'markup',
    8,
    '3만8450원에',
    '<g id="3">3만8450원</g>에',
    'an XLIFF <g> inline tag around the share price from a CAT export',
  ),
  v('r21-markup-4', 'markup', 16, '류지안 A&R 총괄이', '류지안<x id="5"/> A&R 총괄이', 'an XLIFF <x/> placeholder left after a name'),
  v(
    'r21-markup-5',
    'markup',
    18,
    '국제음반산업협회(IFPI)에',
    '[국제음반산업협회(IFPI)](https://www.ifpi.org/)에',
    'a Markdown link kept from a Google Docs Markdown export',
  ),
  v('r21-markup-6', 'markup', 12, '9만9000~22만 원', '9만9000\\~22만 원', 'a Markdown-escaped tilde \\~ inside a range'),
  v(
    'r21-markup-7',
    'markup',
    13,
    '한 시간 만에 팔렸다.',
    '한 시간 만에 팔렸다.<o:p></o:p>',
    'Word’s empty Office-namespace paragraph <o:p></o:p>',
  ),

  v('r21-fffd-1', 'replacement-char', 4, '윤서현(47) 씨를', '윤서현(47) \uFFFD를', 'the title 씨 after an age in brackets lost'),
  v('r21-fffd-2', 'replacement-char', 12, '‘오빗’', '\uFFFD오빗\uFFFD', 'both curly single quotes around the tour name lost'),
  v('r21-fffd-3', 'replacement-char', 13, '1억3800만 달러', '1억3800만 \uFFFD\uFFFD', 'the currency word 달러 lost'),
  v('r21-fffd-4', 'replacement-char', 8, '11.3% 오른', '11.3\uFFFD 오른', 'the percent sign lost'),
  v('r21-fffd-5', 'replacement-char', 0, '해임… 걸그룹', '해임\uFFFD 걸그룹', 'the headline ellipsis lost'),

  v('r21-moji-1', 'mojibake', 15, '제작진과 경영진을', `${MOJI.제작진과} 경영진을`, 'EUC-KR read as Big5 (traditional Chinese)'),
  v('r21-moji-2', 'mojibake', 21, '변호인단과', MOJI.변호인단과, 'UTF-8 left percent-encoded from a URL'),
  v('r21-moji-3', 'mojibake', 9, '정산 내역을', `${MOJI.정산} 내역을`, 'UTF-8 read as Windows-1252 twice (double encoding)'),
  v('r21-moji-4', 'mojibake', 17, '의결권을 행사하려고', `${MOJI.의결권을} 행사하려고`, 'UTF-8 read as Shift_JIS'),
  v('r21-moji-5', 'mojibake', 19, '음악산업 애널리스트', `음악산업 ${MOJI.애널리스트}`, 'UTF-8 read as Windows-874 (Thai)'),
  v('r21-moji-6', 'mojibake', 11, '심사하기 시작했다고', `${MOJI.심사하기} 시작했다고`, 'UTF-16BE read as ISO-8859-1'),
  v('r21-moji-7', 'mojibake', 5, '사모펀드 서린파트너스다', `${MOJI.사모펀드} 서린파트너스다`, 'JSON \\u escapes left unparsed'),

  v('r21-latin-1', 'latin-name', 3, '서울 성수동에서', '서울 Seongsu-dong에서', 'a neighbourhood left in Latin'),
  v('r21-latin-2', 'latin-name', 12, '자카르타에서', 'Jakarta에서', 'the tour’s opening city left in Latin'),
  v('r21-latin-3', 'latin-name', 19, '하버뮤직리서치의', 'Harbor Music Research의', 'the analyst’s firm left in English'),
  v('r21-latin-4', 'latin-name', 15, '한동욱 서린파트너스 대표는', '한동욱 Seorin Partners 대표는', 'the glossary fund left in English'),
  v('r21-latin-5', 'latin-name', 21, '서하린은 만남', 'Seo Ha-rin은 만남', 'the idol’s glossary name left romanised at a later mention'),

  // Particles after a closing bracket, after an acronym read aloud, after counters and units.
  v('r21-particle-1', 'particle', 10, '서하린(24)은', '서하린(24)는', '는 after a bracket closing an age, read from 린 (needs 은)'),
  v(
    'r21-particle-2',
    'particle',
    13,
    '(1억3800만 달러)으로',
    '(1억3800만 달러)로',
    '로 read from the bracket’s last syllable 러; the particle follows 원 before it (needs 으로)',
  ),
  v('r21-particle-3', 'particle', 2, '최고경영자(CEO)를', '최고경영자(CEO)을', '을 after CEO read 씨이오 (needs 를)'),
  v('r21-particle-4', 'particle', 20, '(KOMCA)와', '(KOMCA)과', '과 after 협회 and KOMCA read 콤카 (needs 와)'),
  v('r21-particle-5', 'particle', 12, '42만 장이', '42만 장가', '가 after the counter 장 (needs 이)'),
  v('r21-particle-6', 'particle', 3, '490만 주로', '490만 주으로', '으로 after the counter 주 (needs 로)'),
  v(
    'r21-particle-7',
    'particle',
    14,
    '3270억 원이었다',
    '3270억 원였다',
    'the copula contracted after the closed syllable 원 (needs 이었다)',
  ),
  v('r21-particle-8', 'particle', 4, '신임 CEO로', '신임 CEO으로', '으로 directly after a Latin acronym read 씨이오 (needs 로)'),

  // Acronyms swapped for a neighbour, an older name or a foreign counterpart.
  v('r21-acronym-1', 'acronym', 2, '(CEO)', '(COO)', 'CEO swapped for COO (chief operating officer)'),
  v('r21-acronym-2', 'acronym', 3, '(EGM)', '(AGM)', 'the extraordinary meeting given the annual meeting’s acronym'),
  v('r21-acronym-3', 'acronym', 4, '(CFO)', '(CTO)', 'CFO swapped for CTO'),
  v('r21-acronym-4', 'acronym', 8, '(KRX)', '(KSE)', 'the Korea Exchange under its pre-2005 acronym KSE'),
  v('r21-acronym-5', 'acronym', 11, '(KFTC)', '(FTC)', 'the Korean regulator given the US regulator’s acronym'),
  v('r21-acronym-6', 'acronym', 18, '(IFPI)', '(RIAA)', 'IFPI swapped for the US industry body RIAA'),
  v('r21-acronym-7', 'acronym', 19, '(IPO)', '(ICO)', 'IPO swapped for ICO (initial coin offering)'),
  v('r21-acronym-8', 'acronym', 20, '(KOMCA)', '(KOCCA)', 'KOMCA swapped for the content agency KOCCA'),

  // One English term rendered two ways: a synonym, an older legal name, a transliteration.
  v('r21-phrase-1', 'phrase-consistency', 17, '스타헤이븐 지분', '스타헤이번 지분', 'Starhaven transliterated 헤이번, elsewhere 헤이븐'),
  v('r21-phrase-2', 'phrase-consistency', 9, '전속계약 해지를', '독점계약 해지를', '“exclusive contracts” as 독점계약, elsewhere 전속계약'),
  v('r21-phrase-3', 'phrase-consistency', 2, '7일 창업자', '7일 설립자', '“founder” as 설립자, elsewhere 창업자'),
  v(
    'r21-phrase-4',
    'phrase-consistency',
    12,
    '분쟁에도 월드투어는',
    '분쟁에도 세계 순회공연은',
    '“world tour” as 세계 순회공연, elsewhere 월드투어',
  ),
  v(
    'r21-phrase-5',
    'phrase-consistency',
    17,
    '팬연합을 이끄는',
    '팬클럽 연합회를 이끄는',
    '“fan union” as 팬클럽 연합회, elsewhere 팬연합',
  ),
  v(
    'r21-phrase-6',
    'phrase-consistency',
    5,
    '주도한 것은 사모펀드',
    '주도한 것은 사모투자전문회사',
    '“private-equity fund” under the older legal name 사모투자전문회사, elsewhere 사모펀드',
  ),
  v('r21-phrase-7', 'phrase-consistency', 20, '정산 자료를', '결산 자료를', '“settlement records” as 결산, elsewhere 정산'),
  v(
    'r21-phrase-8',
    'phrase-consistency',
    17,
    '해임안에 찬성표를',
    '해임 결의안에 찬성표를',
    '“the motion” as 해임 결의안, elsewhere 해임안',
  ),

  v('r21-time-1', 'relative-time', 20, '이번 주 한국음악저작권협회', '지난주 한국음악저작권협회', '“this week” as last week'),
  v('r21-time-2', 'relative-time', 20, '다음 주에는', '다음 달에는', '“next week” as next month'),
  v('r21-time-3', 'relative-time', 17, '지난 10월 결성된', '지난해 10월 결성된', '“in October” (this year) as October last year'),
  v('r21-time-4', 'relative-time', 11, '내년 상반기에', '올 상반기에', '“the first half of next year” as 올 (this year), already past'),
  v('r21-time-5', 'relative-time', 6, '연내 노바나인', '내달 중 노바나인', '“within the year” as 내달 (next month)'),
  v('r21-time-6', 'relative-time', 22, '내년 하반기로', '내후년 하반기로', '“the second half of next year” as the year after next'),
  v('r21-time-7', 'relative-time', 9, '지난 9월', '오는 9월', '“in September” (past) as the coming September'),

  v(
    'r21-drop-1',
    'dropped-sentence',
    5,
    ' 황 전 대표와 가족의 지분은 18.7%다.',
    '',
    'the closing sentence with the founder’s stake dropped',
  ),
  v(
    'r21-drop-2',
    'dropped-sentence',
    10,
    '“저희는 저희 음악과 팬들을 사랑해요. 저희 돈이',
    '“저희 돈이',
    'the first sentence of a three-sentence quotation dropped',
  ),
  v('r21-drop-3', 'dropped-sentence', 12, '19개 도시 28회 공연에서 ', '', 'a phrase with two counts dropped'),
  v('r21-drop-4', 'dropped-sentence', 13, ' 연간 매출의 3분의 1가량이다.', '', 'a short middle sentence with a fraction dropped'),
  v('r21-drop-5', 'dropped-sentence', 14, ' 매출은 3270억 원이었다.', '', 'a short sentence with the revenue dropped'),
  v(
    'r21-drop-6',
    'dropped-sentence',
    16,
    '사임했고, 이사 7명 가운데 2명도 물러났다고',
    '사임했다고',
    'the coordinated clause with the board resignations dropped',
  ),
  v(
    'r21-drop-7',
    'dropped-sentence',
    22,
    ' 서린파트너스는 이때 이사 3명을 새로 추천할 계획이다.',
    '',
    'the sentence with the fund’s three nominees dropped',
  ),

  v('r21-number-1', 'numbers', 3, '62.4%,', '26.4%,', 'the vote share with its first two digits swapped'),
  v('r21-number-2', 'numbers', 8, '3만8450원', '3만8540원', 'two digits of the share price swapped'),
  v('r21-number-3', 'numbers', 8, '1조2400억 원', '1조240억 원', 'a zero lost from the market value (1.24 → 1.024 trillion)'),
  v('r21-number-4', 'numbers', 12, '~22만 원', '~2만2000원', 'the top of the price range ten times too small'),
  v('r21-number-5', 'numbers', 10, '6일 팬 플랫폼', '5일 팬 플랫폼', '“on Sunday” (6 December) as the 5th'),
  v('r21-number-6', 'numbers', 21, '10일 멤버들의', '11일 멤버들의', '“on Thursday” (10 December) as the 11th'),
  v('r21-number-7', 'numbers', 5, '3.1%포인트', '3.1%', 'percentage points written as percent'),

  v('r21-speech-1', 'speech-level', 6, '회사입니다.', '회사예요.', 'the CEO’s 합쇼체 quote slipping into 해요체 in its first sentence'),
  v('r21-speech-2', 'speech-level', 11, '살펴보고 있습니다.', '살펴보고 있다.', 'the regulator’s 합쇼체 quote slipping into 해라체'),
  v('r21-speech-3', 'speech-level', 10, '사랑해요.', '사랑합니다.', 'the idol’s 해요체 quote opening in 합쇼체'),
  v('r21-speech-4', 'speech-level', 17, '바랄 뿐이에요.', '바랄 뿐이다.', 'the fan’s 해요체 quote slipping into 해라체 mid-quote'),
  v('r21-speech-5', 'speech-level', 21, '열려 있습니다.', '열려 있어.', 'the CEO’s 합쇼체 quote in the intimate 해체 (반말)'),
  v('r21-speech-6', 'speech-level', 19, '지배하기도 어렵다.', '지배하기도 어렵습니다.', 'the analyst’s 해라체 quote slipping into 합쇼체'),

  v('r21-name-1', 'name-lost', 4, '윤서현(47)', '윤서연(47)', 'Seo-hyun written 서연'),
  v('r21-name-2', 'name-lost', 16, '류지안', '유지안', 'Ryu written 유 although the source gives 류'),
  v('r21-name-3', 'name-lost', 17, '백소연(29)', '배소연(29)', 'Baek written 배 (Baek → 백)'),
  v('r21-name-4', 'name-lost', 19, '엘런 휘터커는', '엘렌 휘태커는', 'Ellen Whitaker written 엘렌 휘태커, not the glossary form'),
  v('r21-name-5', 'name-lost', 15, '한동욱 서린파트너스', '한동훈 서린파트너스', 'Dong-wook written 동훈'),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R21_PROBES: NotedProbe[] = [
  p('r21-probe-1', 4, '윤서현(47) 씨를', '윤서현(47)을', 'no title, 을 after the age bracket read from 현'),
  p('r21-probe-2', 12, '9만9000~22만 원', '9만9000원~22만 원', 'the unit repeated on both ends of the range'),
  p('r21-probe-3', 22, '15일(화)', '오는 15일', 'the weekday dropped, 오는 before a coming date'),
  p('r21-probe-4', 16, 'A&R 총괄이', 'A&R(아티스트 앤드 레퍼토리) 총괄이', 'a Hangul gloss of the acronym in brackets'),
  p('r21-probe-5', 10, '서하린(24)은', '서하린(24·사진)은', 'the newspaper’s photo note inside the age bracket'),
  p('r21-probe-6', 5, '3.1%포인트', '3.1%p', 'percentage points abbreviated %p'),
  p('r21-probe-7', 8, '1조2400억 원', '1조 2400억 원', 'a space after 조 inside a number'),
  p('r21-probe-8', 15, '그는 “A&R', '한 대표는 “A&R', 'the fund head named instead of the pronoun'),
  p('r21-probe-9', 18, 'K팝 음반', 'K-팝 음반', 'K-pop written with a hyphen'),
  p('r21-probe-10', 7, '지난달 28일', '지난달 28일(토)', 'the weekday added in brackets'),
  p('r21-probe-11', 20, '2019~2025년', '2019년부터 2025년까지', 'a year range written out'),
  p('r21-probe-12', 14, '올해 1~9월', '올해 1∼9월', 'the range with U+223C, common in Korean papers'),
];
