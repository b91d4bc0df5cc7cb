// A record of the round-13 set's shape (lib/qa/testing/round13: a radio programme script on the Jeju
// drought — the anchor and reporter in 합쇼체, the studio guest in 해요체 — written and committed
// alone before any check was run on it). This test runs no QA check: the set's blind first measure
// is in lib/qa/testing/README.md.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round13Segments, scoreRound13 } from './testing/round13';
import { ERROR_KINDS } from './testing/variants';
import { R13_PROBES, R13_TERMS, R13_VARIANTS } from './testing/round13/variants';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the round-13 Jeju drought radio set', () => {
  const segs = round13Segments();
  it('has 24 paragraphs, 90 seeded errors of every kind (at least 5 each) and 12 probes', () => {
    expect(segs).toHaveLength(24);
    expect(R13_VARIANTS).toHaveLength(90);
    expect(R13_PROBES).toHaveLength(12);
    for (const kind of ERROR_KINDS) expect(R13_VARIANTS.filter((v) => v.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
  });
  it('has unique ids', () => {
    const ids = [...R13_VARIANTS, ...R13_PROBES].map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('applies every replacement exactly once, and each changes the text', () => {
    for (const v of [...R13_VARIANTS, ...R13_PROBES]) {
      let text = segs[v.paragraph]!.targetText;
      for (const [from, to] of v.replace) {
        expect(count(text, from), `${v.id}: “${from}”`).toBe(1);
        expect(to, v.id).not.toBe(from);
        text = text.replace(from, to);
      }
    }
  });
  it('labels every paragraph but the headline with the same speaker on both sides', () => {
    const labels: Record<string, string> = { 'Anchor:': '앵커:', 'Reporter:': '기자:', 'Prof. Ko:': '고 교수:' };
    const label = (text: string) => Object.keys(labels).find((l) => text.startsWith(`${l} `));
    expect(label(segs[0]!.sourceText)).toBeUndefined();
    expect(Object.values(labels).some((l) => segs[0]!.targetText.startsWith(l))).toBe(false);
    for (const s of segs.slice(1)) {
      const en = label(s.sourceText);
      expect(en, s.id).toBeDefined();
      expect(s.targetText.startsWith(`${labels[en!]} `), s.id).toBe(true);
    }
  });
  it('gives the Hangul of the names the source brackets, and every glossary name, in the clean translation', () => {
    let bracketed = 0;
    for (const s of segs)
      for (const m of s.sourceText.matchAll(/[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?\((\p{Script=Hangul}+)\)/gu)) {
        bracketed++;
        expect(s.targetText, m[0]).toContain(m[1]);
      }
    expect(bracketed).toBe(4);
    const all = segs.map((s) => s.targetText).join('\n');
    const source = segs.map((s) => s.sourceText).join('\n');
    for (const t of R13_TERMS) {
      expect(source, t.source).toContain(t.source);
      expect(
        t.target.split(' | ').some((form) => all.includes(form)),
        t.target,
      ).toBe(true);
    }
  });
});

// The bar after the blind measure (72/90, 4 false alarms, 3 probe alarms) and the fixes by
// phenomenon that followed (README, round13/): 87/90, no alarm; then 89/90 with r13-drop-4 (a split
// at “, but” made up for the lost sentence) and r13-drop-6 (a loss that fits the lengths better than
// any merge, confirmed by the aligner). Open: r13-drop-5 (the Malta sentence).
describe('QA on the round-13 radio script', () => {
  const s = scoreRound13((segs, ctx) => runDocumentChecks(segs, ctx));
  it('catches ≥ 89/90 by a check of their kind, every kind but dropped-sentence in full', () => {
    expect([...s.byKind.values()].reduce((n, k) => n + k.caught, 0)).toBeGreaterThanOrEqual(89);
    for (const [kind, k] of s.byKind) if (kind !== 'dropped-sentence') expect(k.missed, kind).toEqual([]);
    expect(s.byKind.get('dropped-sentence')!.missed.map((m) => m.split(':')[0])).toEqual(['r13-drop-5']);
  });
  it('raises no false alarm on the clean translation nor on any clean probe', () => {
    expect(s.falseAlarms).toEqual([]);
    expect(s.probeAlarms).toEqual([]);
  });
});
