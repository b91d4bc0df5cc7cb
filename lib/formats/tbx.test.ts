import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from './glossary-csv';
import { exportTbx, importTbx, TbxError } from './tbx';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures/glossary', name), 'utf8');

const tricky: GlossaryTerm[] = [
  { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME', note: 'Director of U.S. Affairs', caseSensitive: false },
  { source: '<script>alert("x")</script>', target: '<b>&amp;</b>', kind: 'TERM', note: 'it\'s "quoted" & <escaped>', caseSensitive: true },
  { source: 'WFP', target: 'WFP', kind: 'DO_NOT_TRANSLATE', note: '', caseSensitive: true },
  { source: ' padded ', target: '\t탭\t', kind: 'TERM', note: 'line one\nline two\r\nline three\rend', caseSensitive: false },
  { source: 'emoji 🎉', target: '이모지 🎉', kind: 'TERM', note: '&#13; &lt; literally', caseSensitive: false },
  { source: '2019', target: '2019년', kind: 'TERM', note: ']]> case-sensitive', caseSensitive: false },
];

describe('exportTbx', () => {
  it('writes well-formed TBX-Basic with our fields in TBX-Basic data categories', () => {
    const xml = exportTbx(tricky.slice(0, 3));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<martif type="TBX-Basic" xml:lang="en">');
    expect(xml).toContain('<descrip type="subjectField">NAME</descrip>');
    expect(xml).toContain('<term>Kwon Jong-gun</term><termNote type="partOfSpeech">properNoun</termNote>');
    expect(xml).toContain('<term>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</term>');
    expect(xml).toContain('<note>case-sensitive</note>');
    expect(xml).not.toContain('<script>');
  });

  it('refuses characters XML 1.0 cannot carry, saying which term', () => {
    const bad: GlossaryTerm = { source: 'bell\u0007', target: '벨', kind: 'TERM', note: '', caseSensitive: false };
    expect(() => exportTbx([bad])).toThrow(TbxError);
    expect(() => exportTbx([bad])).toThrow(/term 1 \("bell/);
  });
});

describe('TBX round trip', () => {
  it('is exact for every field, including markup-like text, CR/LF and tabs', () => {
    const back = importTbx(exportTbx(tricky));
    expect(back.errors).toEqual([]);
    expect(back.terms).toEqual(tricky);
  });

  it('handles an empty glossary', () => {
    expect(importTbx(exportTbx([]))).toEqual({ terms: [], errors: [] });
  });
});

describe('importTbx', () => {
  it('reads third-party TBX v2 (region subtags, ntig, definitions, partOfSpeech) and reports incomplete entries', () => {
    const { terms, errors } = importTbx(fixture('v2-basic.tbx'));
    expect(terms).toEqual([
      { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME', note: 'North Korean diplomat', caseSensitive: false },
      { source: 'denuclearization', target: '비핵화', kind: 'TERM', note: '', caseSensitive: false },
    ]);
    expect(errors).toEqual([{ entry: 3, message: 'Entry 3 (id e3): no ko term for "orphan"' }]);
  });

  it('reads TBX v3 (tbx/conceptEntry/langSec/termSec)', () => {
    const { terms, errors } = importTbx(fixture('v3-basic.tbx'));
    expect(errors).toEqual([]);
    expect(terms).toEqual([
      { source: 'WFP', target: 'WFP', kind: 'DO_NOT_TRANSLATE', note: '', caseSensitive: false },
      { source: 'summit', target: '정상회담', kind: 'TERM', note: 'summit & talks', caseSensitive: false },
    ]);
  });

  it('explains malformed XML with line and column', () => {
    const { terms, errors } = importTbx('<martif type="TBX-Basic">\n  <text><body>\n</martif>');
    expect(terms).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(3);
    expect(errors[0]?.message).toMatch(/^Malformed XML at line 3, column \d+: .*body/);
  });

  it('refuses XML that is not TBX, and empty files', () => {
    expect(importTbx('<?xml version="1.0"?><html><body/></html>').errors[0]?.message).toBe(
      'Not a TBX file: the root element is <html>, expected <martif> or <tbx>.',
    );
    expect(importTbx('<martif type="TBX-Basic"><martifHeader/></martif>').errors[0]?.message).toMatch(/no <text><body>/);
    expect(importTbx('  ').errors[0]?.message).toBe('The file is empty.');
  });

  it('does not expand DOCTYPE entities', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x "EXPANDED">]><martif><text><body><termEntry>' +
      '<langSet xml:lang="en"><tig><term>a &x; b</term></tig></langSet>' +
      '<langSet xml:lang="ko"><tig><term>가</term></tig></langSet></termEntry></body></text></martif>';
    expect(importTbx(xml).terms[0]?.source).toBe('a &x; b');
  });
});
