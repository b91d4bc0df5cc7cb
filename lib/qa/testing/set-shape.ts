// The shape every blind QA set keeps (rounds 14 on: a story, its translation, 90 single-error
// variants, 12 clean probes, a glossary), checked the same way for each. Imported by the sets'
// quality-roundN tests only; it runs no QA check.
import { describe, expect, it } from 'vitest';
import type { QaSegment, QaTerm } from '../types';
import { ERROR_KINDS, type CleanProbe, type Variant } from './variants';

const count = (text: string, part: string) => text.split(part).length - 1;

export interface BlindSet {
  segments: QaSegment[];
  variants: readonly Variant[];
  probes: readonly CleanProbe[];
  terms: readonly QaTerm[];
  paragraphs: number;
  /** People the English names with their Hangul in brackets, e.g. `Cheon Min-jae(천민재)`. */
  bracketed: number;
}

export function describeSetShape(name: string, set: BlindSet): void {
  const { segments: segs, variants, probes, terms } = set;
  describe(name, () => {
    it(`has ${set.paragraphs} paragraphs, ${variants.length} seeded errors of every kind (at least 5 each) and ${probes.length} probes`, () => {
      expect(segs).toHaveLength(set.paragraphs);
      expect(variants).toHaveLength(90);
      expect(probes).toHaveLength(12);
      for (const kind of ERROR_KINDS) expect(variants.filter((v) => v.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    });
    it('has unique ids', () => {
      const ids = [...variants, ...probes].map((v) => v.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
    it('applies every replacement exactly once, and each changes the text', () => {
      for (const v of [...variants, ...probes]) {
        let text = segs[v.paragraph]!.targetText;
        for (const [from, to] of v.replace) {
          expect(count(text, from), `${v.id}: “${from}”`).toBe(1);
          expect(to, v.id).not.toBe(from);
          text = text.replace(from, to);
        }
      }
    });
    it('gives the Hangul of the names the source brackets, and every glossary entry, in the clean translation', () => {
      let bracketed = 0;
      for (const s of segs)
        for (const m of s.sourceText.matchAll(/[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?\((\p{Script=Hangul}+)\)/gu)) {
          bracketed++;
          expect(s.targetText, m[0]).toContain(m[1]);
        }
      expect(bracketed).toBe(set.bracketed);
      const all = segs.map((s) => s.targetText).join('\n');
      const source = segs.map((s) => s.sourceText).join('\n');
      for (const t of terms) {
        expect(source, t.source).toContain(t.source);
        expect(
          t.target.split(' | ').some((form) => all.includes(form)),
          t.target,
        ).toBe(true);
      }
    });
  });
}
