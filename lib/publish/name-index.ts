// The index of names at the end of an edition (issue #21 item 4): every protected name the edition
// mentions, in Korean (가나다 order), with its romanised form as the English text writes it and a
// link to its first mention. The first mention is looked for in the Korean text (the name's span
// gets the anchor id); a name found only in the English (its paragraph left untranslated) links to
// the paragraph.
import { docToText } from '../editor/doc';
import type { KoreanMentionMatcher } from '../names/mentions';
import { bodySegments, type EditionName, type EditionSnapshot } from './snapshot';

export interface NameIndexEntry {
  termIndex: number;
  target: string;
  source: string;
  /** Paragraph number (the `#p<n>` anchor) of the first mention. */
  n: number;
  /** The anchor to link to: the name's own span (`nm-<i>`) or the paragraph (`p<n>`). */
  anchor: string;
}

export interface NameIndexPlan {
  entries: NameIndexEntry[];
  /** `${n}:${start}` of each first Korean mention → its anchor id. */
  ids: Map<string, string>;
}

export function nameAnchorId(termIndex: number): string {
  return `nm-${termIndex + 1}`;
}

function containsWord(text: string, word: string): boolean {
  const i = text.indexOf(word);
  if (i < 0) return false;
  const before = text[i - 1];
  const after = text[i + word.length];
  return !(before && /[A-Za-z]/.test(before)) && !(after && /[A-Za-z]/.test(after));
}

export function planNameIndex(ed: EditionSnapshot, names: readonly EditionName[], matcher: KoreanMentionMatcher): NameIndexPlan {
  const ids = new Map<string, string>();
  const found = new Map<number, NameIndexEntry>();
  if (!names.length) return { entries: [], ids };
  const body = bodySegments(ed);
  for (const seg of body) {
    if (!seg.target) continue;
    for (const m of matcher.find(docToText(seg.target))) {
      if (found.has(m.termIndex)) continue;
      const id = nameAnchorId(m.termIndex);
      ids.set(`${seg.n}:${m.start}`, id);
      const name = names[m.termIndex]!;
      found.set(m.termIndex, { termIndex: m.termIndex, target: name.target, source: name.source, n: seg.n, anchor: id });
    }
  }
  names.forEach((name, i) => {
    if (found.has(i)) return;
    const seg = body.find((s) => containsWord(docToText(s.source), name.source));
    if (seg) found.set(i, { termIndex: i, target: name.target, source: name.source, n: seg.n, anchor: `p${seg.n}` });
  });
  const entries = [...found.values()].sort((a, b) => a.target.localeCompare(b.target, 'ko') || a.source.localeCompare(b.source, 'en'));
  return { entries, ids };
}
