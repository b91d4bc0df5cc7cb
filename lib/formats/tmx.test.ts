import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import/errors';
import { exportTmx, importTmx, languageMatch, parseTmxDate, tmxDate, type TmxUnit } from './tmx';
import { hasXmllint } from '../testing/tools';

const dtd = path.join(__dirname, '../../scripts/schemas/tmx-1.4/tmx14.dtd');
const xmllint = hasXmllint('tmx.test.ts');

const units: TmxUnit[] = [
  {
    source: 'North Korea’s foreign ministry said it is “on a new path.”',
    target: '북한 외무성은 “새로운 길”을 가고 있다고 말했다.',
    createdAt: new Date('2024-05-04T09:08:07Z'),
    creator: 'kim <translator> & co',
    context: { prev: 'Korean Peninsula A to Z', next: 'Kwon Jong-gun(권정근) lashed out.' },
    state: 'CONFIRMED',
    origin: 'ALIGNED',
  },
  { source: 'Two lines\nhere & <there>', target: '두 줄\n여기' },
  { source: 'Only next', target: '다음만', context: { next: 'Following paragraph' } },
];
const opts = {
  sourceLang: 'en-US',
  targetLang: 'ko-KR',
  tool: { name: 'Workbench', version: '1.2.3' },
  createdAt: new Date('2024-06-30T00:00:00Z'),
};

describe('exportTmx', () => {
  it('writes TMX 1.4 with header, dates, creators and context props', () => {
    const xml = exportTmx(units, opts);
    expect(xml).toContain('<tmx version="1.4">');
    expect(xml).toContain('creationtool="Workbench" creationtoolversion="1.2.3" segtype="paragraph"');
    expect(xml).toContain('<tu creationdate="20240504T090807Z" creationid="kim &lt;translator&gt; &amp; co">');
    expect(xml).toContain('<prop type="x-context-prev">Korean Peninsula A to Z</prop>');
    expect(xml).toContain('<prop type="x-state">CONFIRMED</prop>\n      <prop type="x-origin">ALIGNED</prop>\n      <tuv');
    expect(xml).toContain('<tuv xml:lang="en-US"><seg>Two lines\nhere &amp; &lt;there&gt;</seg></tuv>');
  });

  it.skipIf(!xmllint)('validates against the TMX 1.4b DTD (xmllint)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tmx-')), 'out.tmx');
    writeFileSync(file, exportTmx(units, opts));
    const r = spawnSync('xmllint', ['--noout', '--dtdvalid', dtd, file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('importTmx', () => {
  it('round-trips the export', () => {
    const back = importTmx(exportTmx(units, opts), { sourceLang: 'en', targetLang: 'ko' });
    expect(back.errors).toEqual([]);
    expect(back.units).toEqual(units);
    expect(back.sourceLang).toBe('en-US');
  });

  it('matches languages loosely, prefers exact tags, reads the old lang attribute and inline elements', () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.1"><header srclang="EN" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
<body>
  <tu><tuv lang="EN"><seg>Hello <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept> <hi type="x">world</hi><ph>{0}</ph></seg></tuv>
      <tuv lang="ko"><seg>  안녕 세계  </seg></tuv><tuv lang="ko-KR"><seg>안녕하세요 세계</seg></tuv></tu>
  <tu><tuv xml:lang="en_GB"><seg>No Korean</seg></tuv><tuv xml:lang="ja"><seg>日本語</seg></tuv></tu>
  <tu><tuv xml:lang="en"><seg>Empty target</seg></tuv><tuv xml:lang="ko"><seg> </seg></tuv></tu>
  <tu><prop type="prev">Before</prop><tuv xml:lang="en-us"><seg>With &#x2019; ref</seg></tuv><tuv xml:lang="ko"><seg>참조</seg></tuv></tu>
</body></tmx>`;
    const r = importTmx(xml, { sourceLang: 'en', targetLang: 'ko-KR' });
    expect(r.units).toEqual([
      { source: 'Hello bold world', target: '안녕하세요 세계' },
      { source: 'With ’ ref', target: '참조', context: { prev: 'Before' } },
    ]);
    expect(r.errors).toEqual([
      { index: 2, message: 'Translation unit 2 has no "ko-KR" variant (languages: en_GB, ja).' },
      { index: 3, message: 'Translation unit 3 has an empty target segment.' },
    ]);
  });

  it('throws ImportError for malformed or non-TMX XML', () => {
    expect(() => importTmx('<tmx version="1.4"><header/><body><tu>', { sourceLang: 'en', targetLang: 'ko' })).toThrow(
      /^The TMX file is not well-formed XML: unexpected end of file at line 1 \(still open: <tmx> > <body> > <tu>\)$/,
    );
    expect(() => importTmx('<xliff/>', { sourceLang: 'en', targetLang: 'ko' })).toThrow(ImportError);
  });

  it('formats and parses TMX dates and compares languages', () => {
    expect(tmxDate(new Date('2019-08-20T13:05:09.123Z'))).toBe('20190820T130509Z');
    expect(parseTmxDate('20190820T130509Z')).toEqual(new Date('2019-08-20T13:05:09Z'));
    expect(parseTmxDate('2019-08-20')).toBeUndefined();
    expect([languageMatch('en', 'en-US'), languageMatch('ko-KR', 'ko'), languageMatch('en', 'EN'), languageMatch('en', 'ko')]).toEqual([
      1, 1, 2, 0,
    ]);
  });
});
