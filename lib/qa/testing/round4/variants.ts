// Round-4 held-out set of issue #15 (written by the round-4 QA engineer BEFORE any check was run
// on it, committed before any check was changed, and never edited after seeing results): a
// trade-diplomacy commentary with Chinese and Japanese names and places (trade-talks.en.txt), its
// careful Korean translation (trade-talks.ko.txt, 해라체, quoted speech in 합쇼체 once, a weekday
// rendered as a date: on Sunday → 12일), 57 single-error variants of every kind and 8 clean probes.
// Same format and scoring as ../variants.ts. Its first measure (before round-4 tuning) is the
// held-out figure in bench/qa/README.md; after tuning on it, it is a tune set like the others.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The project glossary an owner would have confirmed for this article. */
export const R4_TERMS: QaTerm[] = [
  { source: 'Ahn Jae-won', target: '안재원', kind: 'NAME' },
  { source: 'Yoon Hye-rin', target: '윤혜린', kind: 'NAME' },
  { source: 'Zhou Jianping', target: '저우젠핑', kind: 'NAME' },
  { source: 'Kenji Takeda', target: '다케다 겐지', kind: 'NAME' },
  { source: 'Korea Institute for International Economic Policy', target: '대외경제정책연구원', kind: 'TERM' },
  { source: 'Regional Comprehensive Economic Partnership', target: '역내포괄적경제동반자협정', kind: 'TERM' },
];

// Mojibake: the UTF-8 bytes of the Korean word read as Windows-1252.
const MOJI = {
  관세를: '\u00ea\u00b4\u0080\u00ec\u0084\u00b8\u00eb\u00a5\u00bc',
  협상단은: '\u00ed\u0098\u0091\u00ec\u0083\u0081\u00eb\u008b\u00a8\u00ec\u009d\u0080',
};

export const R4_VARIANTS: Variant[] = [
  { id: 'r4-squote-1', kind: 'straight-quote', paragraph: 7, replace: [['“공급망이', '"공급망이']] },
  { id: 'r4-squote-2', kind: 'straight-quote', paragraph: 14, replace: [['“디커플링에 대비한 보험”으로', '"디커플링에 대비한 보험으로']] },
  { id: 'r4-squote-3', kind: 'straight-quote', paragraph: 8, replace: [['“적시에”', "'적시에"]] },
  { id: 'r4-repeat-1', kind: 'repeated-word', paragraph: 13, replace: [['가장 민감한', '가장 가장 민감한']] },
  { id: 'r4-repeat-2', kind: 'repeated-word', paragraph: 19, replace: [['예측 가능한 규칙을', '예측 가능한 가능한 규칙을']] },
  { id: 'r4-repeat-3', kind: 'repeated-word', paragraph: 4, replace: [['이미 3국을', '이미 이미 3국을']] },
  { id: 'r4-markup-1', kind: 'markup', paragraph: 6, replace: [['겪었다고 밝혔다.', '겪었다고 밝혔다.</b>']] },
  { id: 'r4-markup-2', kind: 'markup', paragraph: 12, replace: [['한국무역협회(KITA)는', '<span>한국무역협회(KITA)는']] },
  { id: 'r4-markup-3', kind: 'markup', paragraph: 17, replace: [['준비에 나섰다.', '준비에 나섰다.<br/>']] },
  { id: 'r4-fffd-1', kind: 'replacement-char', paragraph: 11, replace: [['앙금도', '앙\uFFFD도']] },
  { id: 'r4-fffd-2', kind: 'replacement-char', paragraph: 18, replace: [['공동성명도', '공동\uFFFD\uFFFD도']] },
  { id: 'r4-moji-1', kind: 'mojibake', paragraph: 13, replace: [['관세를', MOJI.관세를]] },
  { id: 'r4-moji-2', kind: 'mojibake', paragraph: 18, replace: [['협상단은', MOJI.협상단은]] },
  // Romanised Korean, Chinese and Japanese places and a Chinese person left in Latin letters.
  { id: 'r4-latin-1', kind: 'latin-name', paragraph: 3, replace: [['부산에서 회의를', 'Busan에서 회의를']] },
  { id: 'r4-latin-2', kind: 'latin-name', paragraph: 4, replace: [['칭다오에서', 'Qingdao에서']] },
  { id: 'r4-latin-3', kind: 'latin-name', paragraph: 6, replace: [['후쿠오카의', 'Fukuoka의']] },
  { id: 'r4-latin-4', kind: 'latin-name', paragraph: 17, replace: [['다롄을', 'Dalian을']] },
  { id: 'r4-latin-5', kind: 'latin-name', paragraph: 14, replace: [['경제학자 리웨이는', '경제학자 Li Wei는']] },
  { id: 'r4-latin-6', kind: 'latin-name', paragraph: 8, replace: [['톈진에서', 'Tianjin에서']] },
  { id: 'r4-latin-7', kind: 'latin-name', paragraph: 6, replace: [['울산의', 'Ulsan의']] },
  { id: 'r4-latin-8', kind: 'latin-name', paragraph: 13, replace: [['홋카이도의', 'Hokkaido의']] },
  // Particles after nouns no lexicon here lists.
  { id: 'r4-particle-1', kind: 'particle', paragraph: 5, replace: [['교역액은', '교역액는']] },
  { id: 'r4-particle-2', kind: 'particle', paragraph: 11, replace: [['분쟁을 매듭지은', '분쟁를 매듭지은']] },
  { id: 'r4-particle-3', kind: 'particle', paragraph: 13, replace: [['관세를 내주지', '관세을 내주지']] },
  { id: 'r4-particle-4', kind: 'particle', paragraph: 16, replace: [['약속은 지켜', '약속는 지켜']] },
  { id: 'r4-particle-5', kind: 'particle', paragraph: 6, replace: [['흑연을 수출할', '흑연를 수출할']] },
  { id: 'r4-particle-6', kind: 'particle', paragraph: 9, replace: [['보조금과 지식재산권', '보조금와 지식재산권']] },
  { id: 'r4-particle-7', kind: 'particle', paragraph: 12, replace: [['수출이 3.2%', '수출가 3.2%']] },
  { id: 'r4-particle-8', kind: 'particle', paragraph: 19, replace: [['절박함이 다르다고', '절박함가 다르다고']] },
  { id: 'r4-particle-9', kind: 'particle', paragraph: 21, replace: [['안 장관은', '안 장관는']] },
  { id: 'r4-particle-10', kind: 'particle', paragraph: 14, replace: [['경제학자 리웨이는', '경제학자 리웨이은']] },
  { id: 'r4-acronym-1', kind: 'acronym', paragraph: 7, replace: [['(KIEP)', '(KDI)']] },
  { id: 'r4-acronym-2', kind: 'acronym', paragraph: 12, replace: [['한국무역협회(KITA)', '한국무역협회(KOTRA)']] },
  { id: 'r4-acronym-3', kind: 'acronym', paragraph: 4, replace: [['(RCEP)', '(CPTPP)']] },
  { id: 'r4-phrase-1', kind: 'phrase-consistency', paragraph: 19, replace: [['다음 수출 통제가', '다음 수출 규제가']] },
  { id: 'r4-phrase-2', kind: 'phrase-consistency', paragraph: 18, replace: [['3국 협상단은', '3국 교섭단은']] },
  { id: 'r4-phrase-3', kind: 'phrase-consistency', paragraph: 21, replace: [['첫 분야에 서명', '첫 챕터에 서명']] },
  { id: 'r4-time-1', kind: 'relative-time', paragraph: 4, replace: [['다음 달 칭다오에서', '이달 칭다오에서']] },
  { id: 'r4-time-2', kind: 'relative-time', paragraph: 5, replace: [['지난해 3국 간', '올해 3국 간']] },
  { id: 'r4-time-3', kind: 'relative-time', paragraph: 17, replace: [['연말까지', '내년 말까지']] },
  { id: 'r4-time-4', kind: 'relative-time', paragraph: 20, replace: [['올해는 기껏해야', '내년에는 기껏해야']] },
  {
    id: 'r4-drop-1',
    kind: 'dropped-sentence',
    paragraph: 6,
    replace: [[' 울산의 한국 배터리 업체들과 후쿠오카의 일본 자석 생산업체들은 모두 최대 45일의 지연을 겪었다고 밝혔다.', '']],
  },
  { id: 'r4-drop-2', kind: 'dropped-sentence', paragraph: 11, replace: [['해묵은 앙금도 남아 있다. ', '']] },
  {
    id: 'r4-drop-3',
    kind: 'dropped-sentence',
    paragraph: 19,
    replace: [[' 두 나라 모두 다음 수출 통제가 나오기 전에 예측 가능한 규칙을 원한다.', '']],
  },
  { id: 'r4-number-1', kind: 'numbers', paragraph: 12, replace: [['3.2%', '2.3%']] },
  { id: 'r4-number-2', kind: 'numbers', paragraph: 18, replace: [['16차례', '15차례']] },
  { id: 'r4-number-3', kind: 'numbers', paragraph: 19, replace: [['2년 연속', '3년 연속']] },
  { id: 'r4-number-4', kind: 'numbers', paragraph: 5, replace: [['7800억 달러', '780억 달러']] },
  { id: 'r4-speech-1', kind: 'speech-level', paragraph: 13, replace: [['빠질 것으로 보인다.', '빠질 것으로 보입니다.']] },
  { id: 'r4-speech-2', kind: 'speech-level', paragraph: 17, replace: [['준비에 나섰다.', '준비에 나섰어요.']] },
  { id: 'r4-speech-3', kind: 'speech-level', paragraph: 10, replace: [['진척이 없다.', '진척이 없어.']] },
  // Names lost: glossary and non-glossary people, a Japanese place, a Chinese city wrongly transliterated.
  { id: 'r4-name-1', kind: 'name-lost', paragraph: 8, replace: [['저우젠핑 중국 상무부장은', '중국 상무부장은']] },
  { id: 'r4-name-2', kind: 'name-lost', paragraph: 14, replace: [['경제학자 리웨이는', '경제학자는']] },
  { id: 'r4-name-3', kind: 'name-lost', paragraph: 9, replace: [['다케다 겐지 일본 경제산업상은', '일본 경제산업상은']] },
  {
    id: 'r4-name-4',
    kind: 'name-lost',
    paragraph: 7,
    replace: [['윤혜린 대외경제정책연구원(KIEP) 연구위원은', '대외경제정책연구원(KIEP) 연구위원은']],
  },
  {
    id: 'r4-name-5',
    kind: 'name-lost',
    paragraph: 4,
    replace: [['다음 달 칭다오에서, 7월에는 오사카에서 만나', '다음 달 칭다오에서, 7월에 다시 만나']],
  },
  { id: 'r4-name-6', kind: 'name-lost', paragraph: 17, replace: [['요코하마와 선전을', '요코하마와 셴젠을']] },
];

/** Changes that are NOT errors: Latin glosses, an acronym added with its Korean, verb forms. */
export const R4_PROBES: CleanProbe[] = [
  { id: 'r4-ok-place-gloss', paragraph: 4, replace: [['칭다오에서', '칭다오(Qingdao)에서']] },
  { id: 'r4-ok-person-gloss', paragraph: 14, replace: [['리웨이는', '리웨이(Li Wei)는']] },
  { id: 'r4-ok-fta-spelled', paragraph: 12, replace: [['3국 FTA가', '3국 자유무역협정(FTA)이']] },
  { id: 'r4-ok-unit-space', paragraph: 5, replace: [['7800억 달러', '7800억달러']] },
  { id: 'r4-ok-word-gloss', paragraph: 14, replace: [['디커플링에', '디커플링(decoupling)에']] },
  { id: 'r4-ok-added-acronym', paragraph: 9, replace: [['경제산업상은', '경제산업상(METI 장관)은']] },
  { id: 'r4-ok-verb-neun', paragraph: 13, replace: [['일본 정부에 경고했다', '일본 정부에 거듭 경고하며 손잡는 것을 거부했다']] },
  { id: 'r4-ok-city-suffix', paragraph: 8, replace: [['톈진에서', '톈진시에서']] },
];
