// Which of many texts hold a string, without a pass over every text per string: each text's
// two-character sequences are indexed once (their texts, in order), and a query reads only the texts
// of its rarest pair, then confirms each with `includes`. The phrase passes ask this of thousands of
// words in a document; one `includes` per text and word made them quadratic (2,000 paragraphs of 50
// stories: seconds).
export class TextHolders {
  private list: readonly string[] | null = null;
  private pairs: Map<number, number[]> | null = null;
  private cache = new Map<string, number[]>();

  constructor(private readonly texts: () => readonly string[]) {}

  private index(): Map<number, number[]> {
    if (this.pairs) return this.pairs;
    const list = (this.list = this.texts());
    const pairs = new Map<number, number[]>();
    list.forEach((t, i) => {
      for (let j = 0; j + 1 < t.length; j++) {
        const k = t.charCodeAt(j) * 65536 + t.charCodeAt(j + 1);
        const at = pairs.get(k);
        if (!at) pairs.set(k, [i]);
        else if (at[at.length - 1] !== i) at.push(i);
      }
    });
    return (this.pairs = pairs);
  }

  /** Indices of the texts that contain `w`, ascending (every text for the empty string). */
  holders(w: string): number[] {
    const hit = this.cache.get(w);
    if (hit) return hit;
    const pairs = this.index();
    const list = this.list!;
    let out: number[];
    if (w.length < 2) out = list.flatMap((t, i) => (t.includes(w) ? [i] : []));
    else {
      // The rarest pair of the string: its texts are the only candidates.
      let best: number[] = [];
      for (let j = 0; j + 1 < w.length; j++) {
        const at = pairs.get(w.charCodeAt(j) * 65536 + w.charCodeAt(j + 1)) ?? [];
        if (j === 0 || at.length < best.length) best = at;
        if (!best.length) break;
      }
      out = best.filter((i) => list[i]!.includes(w));
    }
    this.cache.set(w, out);
    return out;
  }
}
