// A name said several times in one paragraph and written in Hangul two ways there (FC 히바도루 …
// 리바도루를 … 리바도루를 for “Ribadouro” three times): the form the paragraph repeats writes the name,
// and the lone form one letter away from it is a misspelling of the same name. Found within one
// segment, so no other segment needs the name (a club named in one paragraph only).
import type { NearFinding } from './phrase-near-forms';
import { swapped } from './phrase-near-forms';
import { stems } from './phrase-words';
import { transliterates } from './phrase-synonyms';

interface Seg {
  id: string;
  sourceText: string;
  targetText: string;
}

/** Capitalised words of five letters or more said at least twice in the source (a name repeated). */
function repeatedNames(source: string): string[] {
  const seen = new Map<string, number>();
  for (const m of source.matchAll(/(?<![A-Za-z])[A-Z][a-z]{4,}(?![A-Za-z])/g)) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  return [...seen].filter(([, n]) => n >= 2).map(([w]) => w);
}

export function nameSpellingFindings(segments: readonly Seg[]): NearFinding[] {
  const out: NearFinding[] = [];
  for (const s of segments) {
    const names = repeatedNames(s.sourceText);
    if (!names.length) continue;
    // The segment's words (particles off) with how often and where each stands.
    const count = new Map<string, { n: number; start: number }>();
    for (const x of stems(s.targetText)) {
      if (x.stem.length < 3 || x.stem.length > 12) continue;
      const c = count.get(x.stem);
      if (c) c.n++;
      else count.set(x.stem, { n: 1, start: x.start });
    }
    for (const name of names) {
      // The usual form: written at least twice here and writing the name.
      const usual = [...count].find(([w, c]) => c.n >= 2 && transliterates(w, name))?.[0];
      if (!usual) continue;
      // The odd one: once here, one letter from it.
      const odd = [...count].find(([w, c]) => c.n === 1 && swapped(usual, w, true));
      if (!odd) continue;
      out.push({ segmentId: s.id, english: name, variant: odd[0], usual, start: odd[1].start, relatedSegmentId: s.id });
    }
  }
  return out;
}
