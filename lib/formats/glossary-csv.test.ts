import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGlossaryCsv, importGlossaryCsv, parseCsv, type GlossaryTerm } from './glossary-csv';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures/glossary', name), 'utf8');

const tricky: GlossaryTerm[] = [
  { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME', note: 'Director of U.S. Affairs, Foreign Ministry', caseSensitive: false },
  { source: 'the "new path"', target: '“새로운 길”', kind: 'TERM', note: 'line one\nline two\r\nline "three"', caseSensitive: false },
  { source: 'WFP', target: 'WFP', kind: 'DO_NOT_TRANSLATE', note: '', caseSensitive: true },
  { source: ' padded ', target: '\t탭', kind: 'TERM', note: ',leading comma', caseSensitive: false },
  { source: 'emoji 🎉', target: '이모지 🎉', kind: 'TERM', note: '<script>alert("x")</script> & more', caseSensitive: false },
  { source: '=SUM(A1)', target: '-1', kind: 'TERM', note: '"', caseSensitive: false },
];

describe('exportGlossaryCsv', () => {
  it('writes DeepL’s headerless source,target by default, quoting per RFC 4180', () => {
    const csv = exportGlossaryCsv(tricky.slice(0, 3));
    expect(csv).toBe('Kwon Jong-gun,권정근\r\n"the ""new path""",“새로운 길”\r\nWFP,WFP\r\n');
  });

  it('writes nothing for an empty glossary', () => {
    expect(exportGlossaryCsv([])).toBe('');
  });

  it('writes a header and all fields in the full format', () => {
    const csv = exportGlossaryCsv(tricky.slice(2, 3), { format: 'full' });
    expect(csv).toBe('source,target,kind,note,case_sensitive\r\nWFP,WFP,DO_NOT_TRANSLATE,,true\r\n');
  });
});

describe('round trips', () => {
  it('full format round-trips every field exactly', () => {
    const back = importGlossaryCsv(exportGlossaryCsv(tricky, { format: 'full' }));
    expect(back.errors).toEqual([]);
    expect(back.terms).toEqual(tricky);
  });

  it('DeepL format round-trips source and target exactly', () => {
    const back = importGlossaryCsv(exportGlossaryCsv(tricky));
    expect(back.errors).toEqual([]);
    expect(back.terms.map((t) => [t.source, t.target])).toEqual(tricky.map((t) => [t.source, t.target]));
    expect(back.terms.every((t) => t.kind === 'TERM' && t.note === '' && !t.caseSensitive)).toBe(true);
  });
});

describe('importGlossaryCsv', () => {
  it('reads DeepL’s four-column form', () => {
    const { terms, errors } = importGlossaryCsv(fixture('deepl-4col.csv'));
    expect(errors).toEqual([]);
    expect(terms.map((t) => [t.source, t.target])).toEqual([
      ['Kwon Jong-gun', '권정근'],
      ['North Korea, DPRK', '북한'],
      ['WFP', 'WFP'],
    ]);
  });

  it('reads a header row, BOM, CRLF, quoted newlines and case-insensitive kinds', () => {
    const { terms, errors } = importGlossaryCsv(fixture('with-header.csv'));
    expect(errors).toEqual([]);
    expect(terms).toEqual([
      { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME', note: 'Director of U.S. Affairs, Foreign Ministry', caseSensitive: false },
      { source: 'WFP', target: 'WFP', kind: 'DO_NOT_TRANSLATE', note: '', caseSensitive: false },
      { source: 'the "new path"', target: '“새로운 길”', kind: 'TERM', note: 'line one\r\nline two', caseSensitive: false },
    ]);
  });

  it('trims unquoted fields, skips blank lines and uses the default kind', () => {
    const { terms, errors } = importGlossaryCsv('summit , 정상회담\n\n  \nKwon, 권\n', { defaultKind: 'NAME' });
    expect(errors).toEqual([]);
    expect(terms.map((t) => [t.source, t.target, t.kind])).toEqual([
      ['summit', '정상회담', 'NAME'],
      ['Kwon', '권', 'NAME'],
    ]);
  });

  it('reports bad rows with their line numbers and keeps the good ones', () => {
    const csv = [
      'ok,좋아', // 1
      ',빈 원문', // 2
      'no target,', // 3
      'three,fields,here', // 4
      '"multi', // 5 (quoted newline)
      'line",여러 줄', // 6
      'ok,중복', // 7
      'de term,fr term,de,fr', // 8
      'bad"quote,x', // 9
      '"closed"junk,x', // 10
      'last,마지막', // 11
    ].join('\n');
    const { terms, errors } = importGlossaryCsv(csv);
    expect(terms.map((t) => t.source)).toEqual(['ok', 'multi\nline', 'last']);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 7, 8, 9, 10]);
    expect(errors[0]?.message).toMatch(/empty source/);
    expect(errors[1]?.message).toMatch(/empty target/);
    expect(errors[2]?.message).toMatch(/expected 2 fields/);
    expect(errors[3]?.message).toMatch(/duplicate source term "ok" \(first on line 1\)/);
    expect(errors[4]?.message).toMatch(/de→fr/);
    expect(errors[5]?.message).toMatch(/quote inside an unquoted field/);
    expect(errors[6]?.message).toMatch(/after a closing quote/);
  });

  it('reports an unterminated quote at the line where it opened', () => {
    const { terms, errors } = importGlossaryCsv('a,b\n"never closed,c\nd,e\n');
    expect(terms.map((t) => t.source)).toEqual(['a']);
    expect(errors).toEqual([{ line: 2, message: 'unterminated quoted field (opened on line 2)' }]);
  });

  it('validates kind and case_sensitive columns and flags unknown header columns', () => {
    const csv = 'source,target,kind,case_sensitive,colour\nx,엑스,PERSON,,red\ny,와이,TERM,maybe,\nz,제트,name,yes,\n';
    const { terms, errors } = importGlossaryCsv(csv);
    expect(terms).toEqual([{ source: 'z', target: '제트', kind: 'NAME', note: '', caseSensitive: true }]);
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [1, 'unknown column(s) "colour"; they are ignored'],
      [2, 'unknown kind "PERSON" (use NAME, TERM, DO_NOT_TRANSLATE)'],
      [3, 'case_sensitive must be true or false, not "maybe"'],
    ]);
  });

  it('parseCsv keeps empty trailing fields and counts lines across quoted newlines', () => {
    const { rows } = parseCsv('a,b,\n"x\ny",z\nlast,row');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b', ''] },
      { line: 2, fields: ['x\ny', 'z'] },
      { line: 4, fields: ['last', 'row'] },
    ]);
  });
});
