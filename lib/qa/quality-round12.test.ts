// A record of the round-12 set's shape (lib/qa/testing/round12: a news analysis in 해라체 on a North
// Korean statement, written and committed alone before any check was run on it). This test runs no
// QA check: the set's blind first measure is in lib/qa/testing/README.md.
import { describe, expect, it } from 'vitest';
import { round12Segments } from './testing/round12';
import { ERROR_KINDS } from './testing/variants';
import { R12_PROBES, R12_TERMS, R12_VARIANTS } from './testing/round12/variants';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the round-12 North Korea statement set', () => {
  const segs = round12Segments();
  it('has 24 paragraphs, 90 seeded errors of every kind (at least 4 each) and 12 probes', () => {
    expect(segs).toHaveLength(24);
    expect(R12_VARIANTS).toHaveLength(90);
    expect(R12_PROBES).toHaveLength(12);
    for (const kind of ERROR_KINDS) expect(R12_VARIANTS.filter((v) => v.kind === kind).length, kind).toBeGreaterThanOrEqual(4);
  });
  it('has unique ids', () => {
    const ids = [...R12_VARIANTS, ...R12_PROBES].map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('applies every replacement exactly once, and each changes the text', () => {
    for (const v of [...R12_VARIANTS, ...R12_PROBES]) {
      let text = segs[v.paragraph]!.targetText;
      for (const [from, to] of v.replace) {
        expect(count(text, from), `${v.id}: “${from}”`).toBe(1);
        expect(to, v.id).not.toBe(from);
        text = text.replace(from, to);
      }
    }
  });
  it('gives the Hangul of the names the source brackets, and every glossary name, in the clean translation', () => {
    let bracketed = 0;
    for (const s of segs)
      for (const m of s.sourceText.matchAll(/[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?\((\p{Script=Hangul}+)\)/gu)) {
        bracketed++;
        expect(s.targetText, m[0]).toContain(m[1]);
      }
    expect(bracketed).toBe(3);
    const all = segs.map((s) => s.targetText).join('\n');
    const source = segs.map((s) => s.sourceText).join('\n');
    for (const t of R12_TERMS) {
      expect(source, t.source).toContain(t.source);
      expect(all, t.target).toContain(t.target);
    }
  });
});
