// The round-12 set (lib/qa/testing/round12: a news analysis in 해라체 on a North Korean statement,
// written and committed alone before any check was run on it): its shape, and the bar after the
// round's fixes. Its blind first measure (82/90, 6 false alarms on the clean text, 1 probe alarm) is
// in lib/qa/testing/README.md; it has been fixed on since, so the bar is a tune figure, not a
// held-out one. Fixed: UTF-8 read as DOS code page 437, 석유과 and a particle after a closing
// quotation mark, a short sentence dropped before two quotations merged by one join; the numbers,
// name and glossary false alarms; a name in apposition, a city turned into its country. Left:
// r12-phrase-3 and -6 (one English word rendered by two unrelated Korean nouns: no trigger without
// a curated pair passed the clean texts).
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round12Segments, scoreRound12 } from './testing/round12';
import { ERROR_KINDS, type ErrorKind } from './testing/variants';
import { R12_PROBES, R12_TERMS, R12_VARIANTS } from './testing/round12/variants';
import type { RunDocs } from './testing/score';

const run: RunDocs = (segs, ctx) => runDocumentChecks(segs, ctx);
// Blind 82.
const CAUGHT = 88;
const PARTIAL: ErrorKind[] = ['phrase-consistency'];
const FULL: ErrorKind[] = ERROR_KINDS.filter((k) => !PARTIAL.includes(k));

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

describe('QA on the round-12 North Korea statement set', () => {
  const s = scoreRound12(run);
  it('raises no false alarm on the clean translation nor on any clean probe', () => {
    expect(s.falseAlarms).toEqual([]);
    expect(s.probeAlarms).toEqual([]);
  });
  it(`catches ≥ ${CAUGHT}/90 by a check of their kind, every kind but phrase-consistency in full`, () => {
    expect([...s.byKind.values()].reduce((n, k) => n + k.caught, 0)).toBeGreaterThanOrEqual(CAUGHT);
    for (const kind of FULL) expect(s.byKind.get(kind)!.missed, kind).toEqual([]);
  });
});
