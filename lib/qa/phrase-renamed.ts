// A pass of the phrase-consistency check: a Korean institution (or a word) under its older official name in a
// document that names it by its present one (항공사고조사위원회, the board's name before railways
// joined it in 2006, beside 항공철도사고조사위원회 and 항철위; 교육과학기술부 beside 교육부). A
// translator writing from memory keeps the old name in one place. Knowledge of renamed Korean
// bodies, not of any text: the old name is reported only when the document also writes the present
// name (in full or by an abbreviation only the present name has), and never where the old name is
// history (옛 국토해양부, 당시, 전신; “former”, “then”, “renamed” in the English).
import type { QaIssue, QaLocale } from './types';
import { makeIssue, q } from './shared';
import { ID } from './phrase-issue';

// Old name → the present name and the abbreviations only the present name has (spaces and middle
// dots are read out of the document before matching).
const RENAMED: readonly (readonly [string, readonly string[]])[] = [
  ['항공사고조사위원회', ['항공철도사고조사위원회', '항철위']],
  ['건설교통부', ['국토교통부']],
  ['국토해양부', ['국토교통부']],
  ['교육인적자원부', ['교육부']],
  ['교육과학기술부', ['교육부', '과학기술정보통신부', '과기정통부']],
  ['미래창조과학부', ['과학기술정보통신부', '과기정통부']],
  ['지식경제부', ['산업통상자원부']],
  ['산업자원부', ['산업통상자원부']],
  ['안전행정부', ['행정안전부', '행안부']],
  ['행정자치부', ['행정안전부', '행안부']],
  ['외교통상부', ['외교부']],
  ['재정경제부', ['기획재정부', '기재부']],
  ['보건복지가족부', ['보건복지부']],
  ['농림수산식품부', ['농림축산식품부']],
  ['국가안전기획부', ['국가정보원', '국정원']],
  ['국가청렴위원회', ['국민권익위원회', '권익위']],
  ['금융감독위원회', ['금융위원회']],
  ['질병관리본부', ['질병관리청', '질병청']],
  ['중소기업청', ['중소벤처기업부', '중기부']],
  ['국립과학수사연구소', ['국립과학수사연구원']],
  ['국군기무사령부', ['국군방첩사령부', '방첩사']],
  ['국가보훈처', ['국가보훈부']],
  ['재외동포재단', ['재외동포청']],
  // The heritage bodies renamed when 문화재 gave way to 국가유산/문화유산 in law (May 2024).
  ['문화재청', ['국가유산청']],
  ['국외소재문화재재단', ['국외소재문화유산재단']],
  ['국립문화재연구원', ['국립문화유산연구원']],
  ['한국문화재재단', ['국가유산진흥원']],
  // The culture ministry before sport joined it (1998–2008) and its abbreviation.
  ['문화관광부', ['문화체육관광부', '문체부']],
  // Words replaced by an official term (the NEC's 당선인 since 2008, 장애인, 간호사, 집배원): the old
  // word beside the new one names one person two ways.
  ['당선자', ['당선인']],
  ['장애자', ['장애인']],
  ['간호원', ['간호사']],
  ['우체부', ['집배원']],
];

// The short forms the press gave the old names (산자부 for 산업자원부, 건교부, 재경부): a translator
// writing from memory uses them where the document names the present body. Only the present full
// names count as its presence here (산업부 is also the start of 산업부문).
const RENAMED_SHORT: readonly (readonly [string, readonly string[]])[] = [
  ['산자부', ['산업통상자원부']],
  ['지경부', ['산업통상자원부']],
  ['건교부', ['국토교통부']],
  ['교과부', ['교육부', '과학기술정보통신부']],
  ['미래부', ['과학기술정보통신부']],
  ['정통부', ['과학기술정보통신부']],
  ['안행부', ['행정안전부']],
  ['행자부', ['행정안전부']],
  ['외통부', ['외교부']],
  ['재경부', ['기획재정부']],
  ['안기부', ['국가정보원']],
  ['금감위', ['금융위원회']],
  ['중기청', ['중소벤처기업부']],
  ['기무사', ['국군방첩사령부']],
  ['보훈처', ['국가보훈부']],
  ['문광부', ['문화체육관광부']],
];

// The old name begins a Hangul word (or follows a mark), and another word may not run on after it
// beyond a particle or a short suffix. A short form (three syllables) takes only a particle or a
// title after it, so that 미래부터 or 교과부터 (“from the future”, “from the subject”) is not read.
const OLD_RE = new RegExp(
  `(?<![가-힣])(?:(?:${RENAMED.map(([o]) => o).join('|')})(?=[가-힣]{0,3}(?![가-힣]))|(?:${RENAMED_SHORT.map(([o]) => o).join('|')})(?=(?:은|는|이|가|을|를|의|와|과|도|만|에|에서|로|으로|장관|차관|청장|처장|측)?(?![가-힣])))`,
  'g',
);
const PRESENT = new Map([...RENAMED, ...RENAMED_SHORT]);

// The old name as history: an adnominal of the past before it, or a word after it that dates it.
const HISTORY_BEFORE = /(?:옛|구|전신인|전신|당시|이전|과거|예전)\s*$/;
// …or one that gives it as a name once borne (문화재청이라는 이름을 썼다, 문화재청으로 불렸다).
const HISTORY_AFTER = /^[가-힣]{0,3}\s*(?:시절|시기|때|당시|출신|장관\s*시절|이름|명칭|불렸|불리)/;
const HISTORY_EN = /\b(?:former|formerly|then|predecessor|renamed|previously|once called|(?:was|were) called|known as|at the time)\b/i;
// A foreign country's board or ministry (the old name is also a common noun phrase abroad).
const FOREIGN_BEFORE = /(?:[가-힣]+국|일본|대만|인도네시아|프랑스|캐나다|호주|브라질|러시아|말레이시아)\s*$/;

const MAX_HITS = 50;

export function renamedInstitutionPass(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  docKo: string,
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
): void {
  const hits: { id: string; old: string; start: number }[] = [];
  for (const s of segments) {
    for (const m of s.targetText.matchAll(OLD_RE)) {
      const before = s.targetText.slice(Math.max(0, m.index - 12), m.index);
      const after = s.targetText.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (HISTORY_BEFORE.test(before) || HISTORY_AFTER.test(after) || FOREIGN_BEFORE.test(before) || HISTORY_EN.test(s.sourceText))
        continue;
      hits.push({ id: s.id, old: m[0], start: m.index });
      // Enough to report (a hostile text of one name repeated is not read to its end).
      if (hits.length >= MAX_HITS) break;
    }
    if (hits.length >= MAX_HITS) break;
  }
  if (!hits.length) return;
  // The document without spaces or middle dots (항공·철도사고조사위원회), read once.
  const squeezed = docKo.replace(/[\s·ㆍ・]/g, '');
  // The first segment with each present name (looked for once per name).
  const relatedOf = new Map<string, string>();
  for (const h of hits) {
    const present = PRESENT.get(h.old)!.find((p) => squeezed.includes(p));
    if (!present) continue;
    if (!relatedOf.has(present))
      relatedOf.set(present, segments.find((s) => s.targetText.replace(/[\s·ㆍ・]/g, '').includes(present))?.id ?? h.id);
    const list = out.get(h.id) ?? [];
    if (list.some((i) => i.targetSpan?.start === h.start)) continue;
    list.push(
      makeIssue(ID, locale, {
        severity: 'warning',
        key: `renamed:${h.old}`,
        targetSpan: { start: h.start, end: h.start + h.old.length },
        relatedSegmentId: relatedOf.get(present)!,
        message: {
          en: `${q(h.old)} is an older name of ${q(present)}, which the document uses elsewhere: one body named two ways. Keep the present name.`,
          ko: `${q(h.old)}: ${q(present)}의 옛 이름입니다. 문서의 다른 곳에서는 현재 이름을 썼습니다. 현재 이름으로 통일하세요.`,
        },
      }),
    );
    out.set(h.id, list);
  }
}
