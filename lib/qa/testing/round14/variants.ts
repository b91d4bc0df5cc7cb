// Round-14 held-out set of issue #15 (written by the round-14 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// business news feature (webtoon-rights.en.txt: Korean webtoons sold abroad as film and television
// stories, and who is paid — a headline, a byline-free lede and 21 body paragraphs; the webtoon artist
// Shin Jae-won(신재원), the studio head Rhee Da-som(이다솜) (Rhee → 이, not 리), the analyst Noh
// Kyung-ah(노경아) and the ministry official Yoo Seon-hwa(류선화) (Yoo → 류, not 유) with their Hangul
// in brackets; Marcus Feldman of Netflix and Haruka Tanabe of JETRO; KOCCA, JETRO, the SEC, IP, AI;
// won amounts in 조/억/만, dollars, percentages and one percentage-point change, ranges, fractions
// (a third, two-thirds, a quarter), ordinals, years; Thursday, Dec. 3 → 지난 3일, on Wednesday → 2일,
// Friday, Jan. 15 → 1월 15일; last year, next month, two years ago, last quarter, next year, this
// year; events, figures and people invented, real companies named as names only) and its careful
// Korean newspaper translation (webtoon-rights.ko.txt: 해라체 narration, a noun-ending headline; the
// studio head quoted in 합쇼체, the artist in 해요체, the analyst, the official and an anonymous
// executive in the 해라체 Korean papers use for quoted statements; after the first mention people
// are 이 대표, 신 작가, 노 연구원, 류 국장, 다나베 연구원 as Korean papers write them; KOCCA later
// 진흥원; the title in 〈 〉), 90 single-error variants of every kind and 12 clean probes. Same
// format and scoring as ../variants.ts. Its first measure is the blind figure in ../README.md.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The glossary a client would send with this feature (not every person quoted is in it). */
export const R14_TERMS: QaTerm[] = [
  { source: 'Shin Jae-won', target: '신재원', kind: 'NAME' },
  { source: 'Rhee Da-som', target: '이다솜', kind: 'NAME' },
  { source: 'Marcus Feldman', target: '마커스 펠드먼', kind: 'NAME' },
  { source: 'Haruka Tanabe', target: '다나베 하루카', kind: 'NAME' },
  { source: 'Korea Creative Content Agency', target: '한국콘텐츠진흥원', kind: 'TERM' },
  { source: 'Ministry of Culture, Sports and Tourism', target: '문화체육관광부', kind: 'TERM' },
  { source: 'Blue Lantern Studio', target: '블루랜턴스튜디오', kind: 'TERM' },
  { source: 'Seoul Nocturne', target: '서울 야상곡', kind: 'TERM' },
  { source: 'Naver Webtoon', target: '네이버웹툰', kind: 'TERM' },
  { source: 'Kakao Entertainment', target: '카카오엔터테인먼트', kind: 'TERM' },
  { source: 'licensing fee', target: '판권료', kind: 'TERM' },
];

// Mojibake, one mechanism each: UTF-8 read as Windows-1252 with the undefined bytes kept as C1
// controls, as browsers decode it (블루랜턴스튜디오의); UTF-8 read as ISO-8859-1 (제작위원회가);
// EUC-KR read as Windows-1252 (단행본은); UTF-8 read as DOS code page 437 in a console (데이터를);
// UTF-8 encoded twice through Windows-1252 (번역가); UTF-8 read as Mac Roman (밴쿠버에서).
const MOJI = {
  블루랜턴스튜디오의:
    '\u00eb\u00b8\u201d\u00eb\u00a3\u00a8\u00eb\u017e\u0153\u00ed\u201e\u00b4\u00ec\u0160\u00a4\u00ed\u0160\u0153\u00eb\u201d\u201d\u00ec\u02dc\u00a4\u00ec\u009d\u02dc',
  제작위원회가: '\u00ec\u00a0\u009c\u00ec\u009e\u0091\u00ec\u009c\u0084\u00ec\u009b\u0090\u00ed\u009a\u008c\u00ea\u00b0\u0080',
  단행본은: '\u00b4\u00dc\u00c7\u00e0\u00ba\u00bb\u00c0\u00ba',
  데이터를: '\u03b4\u00ec\u2591\u221e\u00a5\u2524\u03c6\u00e4\u2591\u03b4\u00d1\u255d',
  번역가: '\u00c3\u00ab\u00c2\u00b2\u00cb\u2020\u00c3\u00ac\u00e2\u20ac\u201d\u00c2\u00ad\u00c3\u00aa\u00c2\u00b0\u00e2\u201a\u00ac',
  밴쿠버에서: '\u00ce\u221e\u00a5\u00cf\u00f8\u2020\u00ce\u2264\u00d1\u00cf\u00f3\u00ea\u00cf\u00d1\u00fa',
};

export const R14_VARIANTS: Variant[] = [
  // Straight quotes: a straight opening before a quote that opens the paragraph, a straight closing
  // before the attribution is cut off, a straight closing before 고, a straight single opening, a
  // straight single closing before 이, a balanced straight pair in a text that uses curly quotes.
  { id: 'r14-squote-1', kind: 'straight-quote', paragraph: 6, replace: [['“5년 전만', '"5년 전만']] },
  { id: 'r14-squote-2', kind: 'straight-quote', paragraph: 8, replace: [['인터넷으로 알았어요.”', '인터넷으로 알았어요."']] },
  { id: 'r14-squote-3', kind: 'straight-quote', paragraph: 9, replace: [['떨어진다”고', '떨어진다"고']] },
  { id: 'r14-squote-4', kind: 'straight-quote', paragraph: 11, replace: [['“얼마나 지루하고', "'얼마나 지루하고"]] },
  { id: 'r14-squote-5', kind: 'straight-quote', paragraph: 14, replace: [['기획안”이', "기획안'이"]] },
  {
    id: 'r14-squote-6',
    kind: 'straight-quote',
    paragraph: 22,
    replace: [
      ['“이번엔', '"이번엔'],
      ['부록까지요”라고', '부록까지요"라고'],
    ],
  },
  // Repeated words: an adverb of degree, a noun with its object particle, a frequency adverb before a
  // fraction, a counter noun (차례차례 is a word, 두 차례 차례 is not), an adverb of time, a
  // modifier before a noun, an adverb of degree before a verb.
  { id: 'r14-repeat-1', kind: 'repeated-word', paragraph: 1, replace: [['가장 활발하게', '가장 가장 활발하게']] },
  { id: 'r14-repeat-2', kind: 'repeated-word', paragraph: 7, replace: [['흔히 4분의 1', '흔히 흔히 4분의 1']] },
  { id: 'r14-repeat-3', kind: 'repeated-word', paragraph: 10, replace: [['두 차례 올렸으며', '두 차례 차례 올렸으며']] },
  { id: 'r14-repeat-4', kind: 'repeated-word', paragraph: 13, replace: [['아직 작지만', '아직 아직 작지만']] },
  { id: 'r14-repeat-5', kind: 'repeated-word', paragraph: 18, replace: [['해외 구매자들이', '해외 해외 구매자들이']] },
  { id: 'r14-repeat-6', kind: 'repeated-word', paragraph: 20, replace: [['거의 공유하지', '거의 거의 공유하지']] },
  // Leftover markup: italics from the source HTML inside the title brackets, a no-break-space
  // entity, an abbreviation tag, a closing paragraph tag, an XLIFF placeholder tag, Markdown bold
  // from a chat-style MT engine.
  { id: 'r14-markup-1', kind: 'markup', paragraph: 4, replace: [['〈서울 야상곡〉', '〈<i>서울 야상곡</i>〉']] },
  { id: 'r14-markup-2', kind: 'markup', paragraph: 2, replace: [['2조2000억 원', '2조2000억&nbsp;원']] },
  { id: 'r14-markup-3', kind: 'markup', paragraph: 15, replace: [['지식재산권(IP)', '지식재산권(<abbr>IP</abbr>)']] },
  { id: 'r14-markup-4', kind: 'markup', paragraph: 22, replace: [['라고 말했다.', '라고 말했다.</p>']] },
  { id: 'r14-markup-5', kind: 'markup', paragraph: 16, replace: [['최대 15%의', '최대 <x id="1"/>15%의']] },
  { id: 'r14-markup-6', kind: 'markup', paragraph: 18, replace: [['익명을 요청한', '**익명을 요청한**']] },
  // U+FFFD: a verb ending, the last syllable of a name, two for one syllable of a brand, the last
  // syllable of a compound noun, the first syllable of a language name, a unit word.
  { id: 'r14-fffd-1', kind: 'replacement-char', paragraph: 2, replace: [['19.3% 늘었다.', '19.3% 늘었\uFFFD.']] },
  { id: 'r14-fffd-2', kind: 'replacement-char', paragraph: 9, replace: [['노경아 연구원은', '노경\uFFFD 연구원은']] },
  { id: 'r14-fffd-3', kind: 'replacement-char', paragraph: 12, replace: [['픽코마는', '픽\uFFFD\uFFFD는']] },
  { id: 'r14-fffd-4', kind: 'replacement-char', paragraph: 16, replace: [['2차 저작권', '2차 저작\uFFFD']] },
  { id: 'r14-fffd-5', kind: 'replacement-char', paragraph: 19, replace: [['스페인어로', '\uFFFD페인어로']] },
  { id: 'r14-fffd-6', kind: 'replacement-char', paragraph: 21, replace: [['4조 원을', '4조 \uFFFD을']] },
  // Mojibake (see MOJI).
  { id: 'r14-moji-1', kind: 'mojibake', paragraph: 6, replace: [['블루랜턴스튜디오의', MOJI.블루랜턴스튜디오의]] },
  { id: 'r14-moji-2', kind: 'mojibake', paragraph: 11, replace: [['제작위원회가', MOJI.제작위원회가]] },
  { id: 'r14-moji-3', kind: 'mojibake', paragraph: 13, replace: [['단행본은', MOJI.단행본은]] },
  { id: 'r14-moji-4', kind: 'mojibake', paragraph: 20, replace: [['데이터를', MOJI.데이터를]] },
  { id: 'r14-moji-5', kind: 'mojibake', paragraph: 19, replace: [['번역가 단체들은', `${MOJI.번역가} 단체들은`]] },
  { id: 'r14-moji-6', kind: 'mojibake', paragraph: 4, replace: [['밴쿠버에서', MOJI.밴쿠버에서]] },
  // Latin left in the Korean: a foreign city, a Korean district, a Japanese app's brand, a Korean
  // city with its Korean suffix, a Japanese person in English order, a US-listed company.
  { id: 'r14-latin-1', kind: 'latin-name', paragraph: 4, replace: [['캐나다 밴쿠버에서', '캐나다 Vancouver에서']] },
  { id: 'r14-latin-2', kind: 'latin-name', paragraph: 6, replace: [['판교에 본사를', 'Pangyo에 본사를']] },
  { id: 'r14-latin-3', kind: 'latin-name', paragraph: 12, replace: [['앱 픽코마는', '앱 Piccoma는']] },
  { id: 'r14-latin-4', kind: 'latin-name', paragraph: 17, replace: [['세종시에서', 'Sejong시에서']] },
  { id: 'r14-latin-5', kind: 'latin-name', paragraph: 11, replace: [['다나베 하루카 연구원은', 'Haruka Tanabe 연구원은']] },
  { id: 'r14-latin-6', kind: 'latin-name', paragraph: 15, replace: [['모회사인 웹툰엔터테인먼트는', '모회사인 Webtoon Entertainment는']] },
  // Particles: 은 after a vowel-final title, 는 after a consonant-final title, 을 after a unit word
  // read 달러, 가 after a consonant-final noun, 으로 after a vowel-final noun, 과 after a vowel-final
  // noun, 가 after a bracketed acronym where the noun before it (진흥원) ends in a consonant.
  { id: 'r14-particle-1', kind: 'particle', paragraph: 20, replace: [['이 대표는 다음', '이 대표은 다음']] },
  { id: 'r14-particle-2', kind: 'particle', paragraph: 9, replace: [['노 연구원은', '노 연구원는']] },
  { id: 'r14-particle-3', kind: 'particle', paragraph: 5, replace: [['25만 달러를', '25만 달러을']] },
  { id: 'r14-particle-4', kind: 'particle', paragraph: 15, replace: [['사업 매출이', '사업 매출가']] },
  { id: 'r14-particle-5', kind: 'particle', paragraph: 19, replace: [['AI 도구로', 'AI 도구으로']] },
  { id: 'r14-particle-6', kind: 'particle', paragraph: 11, replace: [['출판사와 방송사', '출판사과 방송사']] },
  { id: 'r14-particle-7', kind: 'particle', paragraph: 2, replace: [['(KOCCA)이', '(KOCCA)가']] },
  // Acronyms that do not match the source: the Korean Film Council's for the content agency, the
  // Korean counterpart agency's for Japan's, the US trade regulator's for the SEC, letters swapped,
  // the French order of AI, an outdated acronym added for the ministry the source spells out.
  { id: 'r14-acronym-1', kind: 'acronym', paragraph: 2, replace: [['(KOCCA)', '(KOFIC)']] },
  { id: 'r14-acronym-2', kind: 'acronym', paragraph: 11, replace: [['(JETRO)', '(KOTRA)']] },
  { id: 'r14-acronym-3', kind: 'acronym', paragraph: 15, replace: [['(SEC)', '(FTC)']] },
  { id: 'r14-acronym-4', kind: 'acronym', paragraph: 15, replace: [['(IP)', '(PI)']] },
  { id: 'r14-acronym-5', kind: 'acronym', paragraph: 19, replace: [['인공지능(AI)', '인공지능(IA)']] },
  { id: 'r14-acronym-6', kind: 'acronym', paragraph: 16, replace: [['문화체육관광부는', '문화체육관광부(MCT)는']] },
  // One English phrase rendered two ways: licensing fee (판권료 elsewhere), standard contract
  // (표준계약서 in ¶7), tax credit (세액공제 in ¶16), foreign buyers (구매자 in ¶20), adaptation
  // (영상화 in ¶7), creators' share (작가 몫 in ¶10).
  { id: 'r14-phrase-1', kind: 'phrase-consistency', paragraph: 5, replace: [['판권료로 약', '라이선스 비용으로 약']] },
  { id: 'r14-phrase-2', kind: 'phrase-consistency', paragraph: 16, replace: [['웹툰 표준계약서에', '웹툰 표준 약관에']] },
  { id: 'r14-phrase-3', kind: 'phrase-consistency', paragraph: 18, replace: [['세액공제 혜택도', '세금 감면 혜택도']] },
  { id: 'r14-phrase-4', kind: 'phrase-consistency', paragraph: 18, replace: [['해외 구매자들이', '해외 바이어들이']] },
  { id: 'r14-phrase-5', kind: 'phrase-consistency', paragraph: 10, replace: [['영상화 수익', '각색 수익']] },
  { id: 'r14-phrase-6', kind: 'phrase-consistency', paragraph: 21, replace: [['작가 몫도', '크리에이터 몫도']] },
  // Relative time: last year → this year, next month → this month, last quarter → this quarter,
  // next year → this year, next year's first half → this year's, this year → last year, last
  // month → this month.
  { id: 'r14-time-1', kind: 'relative-time', paragraph: 2, replace: [['지난해 국내 웹툰', '올해 국내 웹툰']] },
  { id: 'r14-time-2', kind: 'relative-time', paragraph: 4, replace: [['다음 달 공개된다', '이달 공개된다']] },
  { id: 'r14-time-3', kind: 'relative-time', paragraph: 15, replace: [['지난 분기', '이번 분기']] },
  { id: 'r14-time-4', kind: 'relative-time', paragraph: 15, replace: [['내년에는 6000만', '올해는 6000만']] },
  { id: 'r14-time-5', kind: 'relative-time', paragraph: 16, replace: [['내년 상반기까지', '올해 상반기까지']] },
  { id: 'r14-time-6', kind: 'relative-time', paragraph: 13, replace: [['올해 1~9월', '지난해 1~9월']] },
  { id: 'r14-time-7', kind: 'relative-time', paragraph: 14, replace: [['지난달 로스앤젤레스에서', '이달 로스앤젤레스에서']] },
  // Dropped sentences: a short middle one, the last and shortest, the last of three, one inside a
  // quotation, the first, a long middle one.
  { id: 'r14-drop-1', kind: 'dropped-sentence', paragraph: 5, replace: [['할리우드 기준으로는 많지 않은 금액이다. ', '']] },
  { id: 'r14-drop-2', kind: 'dropped-sentence', paragraph: 10, replace: [[' 카카오엔터테인먼트는 언급을 피했다.', '']] },
  { id: 'r14-drop-3', kind: 'dropped-sentence', paragraph: 4, replace: [[' 촬영은 대부분 캐나다 밴쿠버에서 진행됐다.', '']] },
  { id: 'r14-drop-4', kind: 'dropped-sentence', paragraph: 6, replace: [[' 이제는 제작사들이 먼저 연락합니다.', '']] },
  { id: 'r14-drop-5', kind: 'dropped-sentence', paragraph: 18, replace: [['이런 관심을 모두가 반기는 것은 아니다. ', '']] },
  {
    id: 'r14-drop-6',
    kind: 'dropped-sentence',
    paragraph: 20,
    replace: [
      [
        ' 플랫폼은 회차별로 독자가 몇 명이었는지, 독자들이 어디서 읽기를 멈췄는지, 얼마를 결제했는지 알고 있지만 작가들과는 거의 공유하지 않는다.',
        '',
      ],
    ],
  },
  // Numbers: 억 read as 만, a digit pair transposed, two-thirds written in the English order
  // (2분의 3), an ordinal one off, a count losing a zero, a range's upper end, percentage points
  // as percent, 25만 read as 2만5000.
  { id: 'r14-number-1', kind: 'numbers', paragraph: 2, replace: [['4300억 원', '4300만 원']] },
  { id: 'r14-number-2', kind: 'numbers', paragraph: 2, replace: [['19.3%', '13.9%']] },
  { id: 'r14-number-3', kind: 'numbers', paragraph: 3, replace: [['약 3분의 2가', '약 2분의 3이']] },
  { id: 'r14-number-4', kind: 'numbers', paragraph: 13, replace: [['세 번째로 큰', '네 번째로 큰']] },
  { id: 'r14-number-5', kind: 'numbers', paragraph: 4, replace: [['720만 명', '72만 명']] },
  { id: 'r14-number-6', kind: 'numbers', paragraph: 7, replace: [['30~50%', '30~40%']] },
  { id: 'r14-number-7', kind: 'numbers', paragraph: 15, replace: [['4%포인트', '4%']] },
  { id: 'r14-number-8', kind: 'numbers', paragraph: 5, replace: [['25만 달러', '2만5000 달러']] },
  // Speech level in the 해라체 narration: 합쇼체, 해요체, a memo-style noun ending (-음), 반말,
  // 합쇼체 at a paragraph's end, 해요체 in the lede.
  { id: 'r14-speech-1', kind: 'speech-level', paragraph: 3, replace: [['크게 늘었다.', '크게 늘었습니다.']] },
  { id: 'r14-speech-2', kind: 'speech-level', paragraph: 10, replace: [['동의하지 않는다.', '동의하지 않아요.']] },
  { id: 'r14-speech-3', kind: 'speech-level', paragraph: 13, replace: [['64만 부였다.', '64만 부였음.']] },
  { id: 'r14-speech-4', kind: 'speech-level', paragraph: 19, replace: [['문제도 있다.', '문제도 있어.']] },
  { id: 'r14-speech-5', kind: 'speech-level', paragraph: 21, replace: [['것으로 내다봤다.', '것으로 내다봤습니다.']] },
  { id: 'r14-speech-6', kind: 'speech-level', paragraph: 1, replace: [['하나가 됐다.', '하나가 됐어요.']] },
  // Names: another given name for the bracketed 노경아, 유 for the bracketed Yoo(류), 리 re-romanised
  // from Rhee, 심 for 신, a foreign name dropped, a named source made anonymous, two people swapped
  // (Rhee's words given to Shin), a name dropped at its first mention.
  { id: 'r14-name-1', kind: 'name-lost', paragraph: 9, replace: [['노경아 연구원은', '노경화 연구원은']] },
  { id: 'r14-name-2', kind: 'name-lost', paragraph: 16, replace: [['류선화 문체부', '유선화 문체부']] },
  { id: 'r14-name-3', kind: 'name-lost', paragraph: 6, replace: [['이다솜 대표의', '리다솜 대표의']] },
  { id: 'r14-name-4', kind: 'name-lost', paragraph: 4, replace: [['신재원 작가의', '심재원 작가의']] },
  { id: 'r14-name-5', kind: 'name-lost', paragraph: 14, replace: [['넷플릭스의 마커스 펠드먼 해외', '넷플릭스의 해외']] },
  { id: 'r14-name-6', kind: 'name-lost', paragraph: 12, replace: [['다나베 연구원에 따르면', '한 연구원에 따르면']] },
  { id: 'r14-name-7', kind: 'name-lost', paragraph: 20, replace: [['이 대표는 다음', '신 작가는 다음']] },
  {
    id: 'r14-name-8',
    kind: 'name-lost',
    paragraph: 9,
    replace: [['대양증권에서 미디어 업종을 담당하는 노경아 연구원은', '대양증권에서 미디어 업종을 담당하는 한 연구원은']],
  },
];

export const R14_PROBES: CleanProbe[] = [
  // A paraphrase of the same content.
  {
    id: 'r14-probe-1',
    paragraph: 1,
    replace: [['이야기를 가장 활발하게 공급하는 곳 가운데 하나가 됐다', '가장 활발한 이야기 공급처 가운데 하나로 자리 잡았다']],
  },
  // A pronoun for someone named earlier in the same paragraph.
  { id: 'r14-probe-2', paragraph: 20, replace: [['이 대표는 “로스앤젤레스의', '그는 “로스앤젤레스의']] },
  // Another correct form of the same amount.
  { id: 'r14-probe-3', paragraph: 2, replace: [['2조2000억 원', '2조2천억 원']] },
  // A thousands separator, as some papers write it.
  { id: 'r14-probe-4', paragraph: 3, replace: [['1800편', '1,800편']] },
  // Clauses reordered, nothing lost.
  {
    id: 'r14-probe-5',
    paragraph: 10,
    replace: [
      [
        '2022년 이후 영상화 수익 가운데 작가 몫을 두 차례 올렸으며, 현재 자사 플랫폼 작가의 평균 수입은 5년 전의 1.5배라고',
        '현재 자사 플랫폼 작가의 평균 수입이 5년 전의 1.5배이며, 2022년 이후 영상화 수익 가운데 작가 몫을 두 차례 올렸다고',
      ],
    ],
  },
  // Two short sentences merged into one, all content kept.
  {
    id: 'r14-probe-6',
    paragraph: 5,
    replace: [
      [
        '할리우드 기준으로는 많지 않은 금액이다. 미국 베스트셀러 소설은 그 열 배를 받기도 한다.',
        '미국 베스트셀러 소설은 그 열 배를 받기도 하니 할리우드 기준으로는 많지 않은 금액이다.',
      ],
    ],
  },
  // The artist's words in the 해라체 Korean papers also use for quotations.
  {
    id: 'r14-probe-7',
    paragraph: 8,
    replace: [
      [
        '“아무도 저한테 아무것도 묻지 않았어요. 제 캐릭터들이 영어로 말하게 된다는 것도 다른 사람들처럼 인터넷으로 알았어요.”',
        '“아무도 내게 아무것도 묻지 않았다. 내 캐릭터들이 영어로 말하게 된다는 것도 다른 사람들처럼 인터넷으로 알았다.”',
      ],
    ],
  },
  // “the ministry's” dropped from the title: the ministry was named in the sentence before.
  { id: 'r14-probe-8', paragraph: 16, replace: [['류선화 문체부 콘텐츠정책국장은', '류선화 콘텐츠정책국장은']] },
  // The weekday kept after the date.
  { id: 'r14-probe-9', paragraph: 2, replace: [['지난 3일 발표한', '지난 3일(목) 발표한']] },
  // 작년 for 지난해: the same year.
  { id: 'r14-probe-10', paragraph: 6, replace: [['지난해 자사 작품', '작년 자사 작품']] },
  // The range written out.
  { id: 'r14-probe-11', paragraph: 7, replace: [['판권료의 30~50%를', '판권료의 30%에서 50%를']] },
  // The agency's Korean short form in the bracket instead of its English acronym.
  { id: 'r14-probe-12', paragraph: 2, replace: [['한국콘텐츠진흥원(KOCCA)이', '한국콘텐츠진흥원(콘진원)이']] },
];
