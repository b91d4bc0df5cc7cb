// A record of the round-17 set's shape (lib/qa/testing/round17: a health and medicine news story on
// the approval of a home-grown Alzheimer's drug after a phase 3 trial, in 해라체 with quotations in
// the speakers' registers — written and committed alone before any check was run on it). The blind
// measure and its bar are added by whoever first scores it.
import { describe, expect, it } from 'vitest';
import { round17Segments } from './testing/round17';
import { ERROR_KINDS } from './testing/variants';
import { R17_PROBES, R17_TERMS, R17_VARIANTS } from './testing/round17/variants';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the round-17 Alzheimer’s drug approval set', () => {
  const segs = round17Segments();
  it('has 23 paragraphs, 90 seeded errors of every kind (at least 5 each) and 12 probes', () => {
    expect(segs).toHaveLength(23);
    expect(R17_VARIANTS).toHaveLength(90);
    expect(R17_PROBES).toHaveLength(12);
    for (const kind of ERROR_KINDS) expect(R17_VARIANTS.filter((v) => v.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
  });
  it('has unique ids', () => {
    const ids = [...R17_VARIANTS, ...R17_PROBES].map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('applies every replacement exactly once, and each changes the text', () => {
    for (const v of [...R17_VARIANTS, ...R17_PROBES]) {
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
    expect(bracketed).toBe(4);
    const all = segs.map((s) => s.targetText).join('\n');
    const source = segs.map((s) => s.sourceText).join('\n');
    for (const t of R17_TERMS) {
      expect(source, t.source).toContain(t.source);
      expect(
        t.target.split(' | ').some((form) => all.includes(form)),
        t.target,
      ).toBe(true);
    }
  });
});
