// One name of Latin letters (or digits) and Hangul written with a hyphen in one place and without in
// another (K리그 … K-리그, e스포츠 … e-스포츠): one document spells a name one way. The form in
// fewer segments is reported; on a tie, the hyphened one (news Korean writes such names solid: K팝,
// K리그, e스포츠, U턴).
import type { NearFinding } from './phrase-near-forms';
import { stems } from './phrase-words';

interface Seg {
  id: string;
  sourceText: string;
  targetText: string;
}

export function hyphenFormFindings(segments: readonly Seg[]): NearFinding[] {
  // Per name (Latin part and Hangul stem, no hyphen), per form (with or without), the segments and
  // the first place in each.
  const forms = new Map<string, Map<boolean, { seg: number; start: number }[]>>();
  segments.forEach((s, n) => {
    for (const m of s.targetText.matchAll(/(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]{0,3})(-?)([가-힣]{2,})/g)) {
      const stem = stems(m[3]!)[0]?.stem ?? m[3]!;
      if (stem.length < 2) continue;
      const key = `${m[1]}${stem}`;
      const byForm = forms.get(key) ?? forms.set(key, new Map()).get(key)!;
      const hyphen = m[2] === '-';
      const list = byForm.get(hyphen) ?? byForm.set(hyphen, []).get(hyphen)!;
      if (!list.some((x) => x.seg === n)) list.push({ seg: n, start: m.index! });
    }
  });
  const out: NearFinding[] = [];
  for (const [key, byForm] of forms) {
    const withHyphen = byForm.get(true);
    const without = byForm.get(false);
    if (!withHyphen || !without) continue;
    const [odd, usual, oddHyphen] = withHyphen.length <= without.length ? [withHyphen, without, true] : [without, withHyphen, false];
    const latin = key.match(/^[A-Za-z0-9]+/)![0];
    const plain = key.slice(latin.length);
    const form = (h: boolean) => `${latin}${h ? '-' : ''}${plain}`;
    for (const o of odd)
      out.push({
        segmentId: segments[o.seg]!.id,
        english: form(!oddHyphen),
        variant: form(oddHyphen),
        usual: form(!oddHyphen),
        start: o.start,
        relatedSegmentId: segments[usual[0]!.seg]!.id,
      });
  }
  return out;
}
