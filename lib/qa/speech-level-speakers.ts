// Who speaks a quotation (speech-level-quotes.ts): the topic or subject before it in its sentence
// (노상우 대표는 “…”), a person named by surname and title (노 대표), a pronoun (그는) resolved to the
// last person named. Each paragraph is indexed once — its sentence ends and its topics outside the
// quotations, in order — so that finding the speaker of each of its quotations is a binary search,
// not a scan of the paragraph (a pasted text of thousands of quotations stays linear).
import { SURNAME_SHARE } from '../names/syllables';

// A topic or subject: a whole word (the head noun) and 은/는/이/가.
const SUBJECT_RE = /(?<![가-힣])([가-힣]{1,8}?)(?:은|는|이|가)\s/g;
export const SUBJECT_GATE = /[은는이가]\s/;
const PRONOUNS = new Set(['그', '그녀', '그들']);
// A word that names a person: a surname alone (노 대표) or a three-syllable full name, perhaps with
// an age in brackets (배윤서(47) 씨), whose given name does not end in a particle (차이를, 신경과).
const NAME_WORD_RE = /^([가-힣])([가-힣]{2})?(?:\([^)]*\))?$/;
const PARTICLE_END = /[을를의에과와도로은는이가]$/;
// One-syllable words that are determiners or prefixes before a title more often than surnames
// (이 약은, 한 관계자는, 전 장관은, 현 정부는, 고 교수 = the late).
// 약 and 총 come before a figure (약 2900억 원의 수입은: “about”, not the surname 약).
const NOT_SURNAME = new Set(['이', '한', '전', '현', '고', '신', '구', '각', '제', '본', '당', '동', '양', '맹', '명', '약', '총']);
// Unless the document introduces someone by that surname: a full name with an age or 씨 (양미숙(52)
// 씨, 이수진 씨) makes 양 씨, 이 씨 that person.
const FULL_NAME_RE = /(?<![가-힣])([가-힣])[가-힣]{2}(?:\(\d{1,3}\)\s?씨|\(\d{1,3}\)|\s씨(?![가-힣]))/g;
export function introducedSurnames(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) if (t.includes('씨') || t.includes('(')) for (const m of t.matchAll(FULL_NAME_RE)) out.add(m[1]!);
  return out;
}

export interface Subject {
  /** surname + head (노 대표) for a person, the head alone otherwise. */
  key: string | null;
  person: boolean;
  /** A pronoun resolved to a person named in an earlier paragraph: a guess rule 3 does not rely on. */
  carried?: boolean;
}

export type Spans = readonly (readonly [number, number])[];

/** One paragraph's sentence ends and topics outside its quotations, in text order. */
export interface SpeakerIndex {
  text: string;
  /** Positions of . ? ! outside the quotations. */
  stops: number[];
  /** Those followed by a space: where a sentence ends and the next begins. */
  breaks: number[];
  /** Topics or subjects outside the quotations: where, and the head word. */
  subjects: { at: number; head: string }[];
  /** The last person named up to each subject (built on first need). */
  persons?: (string | null)[];
}

/** Indexes a paragraph whose quotations are `spans` (in order, not overlapping). */
export function speakerIndex(text: string, spans: Spans): SpeakerIndex {
  const stops: number[] = [];
  const breaks: number[] = [];
  let q = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '?' && c !== '!') continue;
    while (q < spans.length && spans[q]![1] <= i) q++;
    if (q < spans.length && spans[q]![0] <= i) continue;
    stops.push(i);
    if (text[i + 1] === ' ') breaks.push(i);
  }
  const subjects: { at: number; head: string }[] = [];
  if (SUBJECT_GATE.test(text)) {
    q = 0;
    for (const m of text.matchAll(SUBJECT_RE)) {
      while (q < spans.length && spans[q]![1] <= m.index) q++;
      if (q < spans.length && spans[q]![0] <= m.index) continue;
      subjects.push({ at: m.index, head: m[1]! });
    }
  }
  return { text, stops, breaks, subjects };
}

/** The number of items of a sorted list below `x`. */
function below(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const subjectsBelow = (ix: SpeakerIndex, x: number) => {
  let lo = 0;
  let hi = ix.subjects.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.subjects[mid]!.at < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The person a topic word names, as surname + head (노상우 … 대표는 → 노 대표), or null. */
function personAt(text: string, at: number, head: string, known: ReadonlySet<string>): string | null {
  // The whole words before the head, nearest first, at most five, not past a clause's end; a word
  // is read at most 24 characters back (names are short).
  let surname: string | null = null;
  let end = at - 1;
  for (let k = 0; k < 5 && end > 0; k++) {
    let start = end;
    while (start > 0 && end - start < 24 && text[start - 1] !== ' ') start--;
    if (start > 0 && text[start - 1] !== ' ') break;
    const w = text.slice(start, end);
    // A clause's end, or a figure (2900억 원의 수입은): no name and title run across it.
    if (/[.,?!”"]$/.test(w) || /^\d/.test(w)) break;
    const n = NAME_WORD_RE.exec(w);
    if (n && SURNAME_SHARE[n[1]!] !== undefined && (n[2] ? !PARTICLE_END.test(n[2]) : !NOT_SURNAME.has(n[1]!) || known.has(n[1]!)))
      surname = n[1]!;
    if (start === 0) break;
    end = start - 1;
  }
  return surname ? `${surname} ${head}` : null;
}

/** The last person named before `to` outside the quotes. */
export function lastPerson(ix: SpeakerIndex, to: number, known: ReadonlySet<string>): string | null {
  if (!ix.persons) {
    let last: string | null = null;
    ix.persons = ix.subjects.map((s) => (last = PRONOUNS.has(s.head) ? last : (personAt(ix.text, s.at, s.head, known) ?? last)));
  }
  const k = subjectsBelow(ix, to);
  return k > 0 ? ix.persons[k - 1]! : null;
}

/** The last topic or subject in text[from, to) outside the quotes, as a key; a pronoun resolved. */
export function subjectIn(
  ix: SpeakerIndex,
  from: number,
  to: number,
  before: () => string | null,
  known: ReadonlySet<string>,
): Subject | null {
  const k = subjectsBelow(ix, to);
  const found = k > 0 ? ix.subjects[k - 1]! : null;
  if (!found || found.at < from) return null;
  if (PRONOUNS.has(found.head)) {
    const here = lastPerson(ix, found.at, known);
    if (here) return { key: here, person: true };
    const key = before();
    return { key, person: key !== null, carried: true };
  }
  const person = personAt(ix.text, found.at, found.head, known);
  return { key: person ?? found.head, person: person !== null };
}

/** Whether a topic or subject follows a quote in its sentence (“…”라고 노 대표는 말했다). */
export function subjectAfter(ix: SpeakerIndex, from: number): boolean {
  const s = below(ix.stops, from);
  const to = s < ix.stops.length ? ix.stops[s]! : ix.text.length;
  const k = subjectsBelow(ix, from);
  return k < ix.subjects.length && ix.subjects[k]!.at < to;
}

/** Where the sentence holding a position starts, quotations skipped. */
export function sentenceStart(ix: SpeakerIndex, at: number): number {
  // The last sentence end at or before at - 2 (its space at or before at - 1).
  const k = below(ix.breaks, at - 1);
  return k > 0 ? ix.breaks[k - 1]! + 2 : 0;
}
