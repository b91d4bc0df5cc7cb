// The print face cut to an edition's characters (a worker with HarfBuzz), or nothing when the fonts are missing.
import { existsSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { characterSet, subsetPrintFonts } from './print-fonts';

const REGULAR = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const fontsHere = existsSync(REGULAR) || process.env.CI === 'true'; // CI installs fonts-noto-cjk: fail there, not skip

afterEach(() => vi.unstubAllEnvs());

describe('characterSet', () => {
  it('holds each character once, with printable ASCII and the typographic marks', () => {
    const set = characterSet('권정근 권정근 Kwon');
    expect([...set].filter((c) => c === '권')).toHaveLength(1);
    for (const c of ['A', 'z', '0', '~', '“', '—', '정', '근']) expect(set).toContain(c);
  });
});

describe.skipIf(!fontsHere)('subsetPrintFonts', () => {
  it('cuts the regular and bold Korean faces to a few hundred KB, as OpenType fonts named Noto Serif CJK KR', async () => {
    const fonts = await subsetPrintFonts('북한 외무성 권정근 국장은 “Kwon Jong-gun” 2019년 3월');
    expect(fonts.map((f) => f.weight)).toEqual([400, 700]);
    for (const f of fonts) {
      const buf = Buffer.from(f.bytes);
      expect(buf.toString('latin1', 0, 4)).toBe('OTTO'); // CFF outlines, a standalone font (not the collection)
      expect(buf.length).toBeGreaterThan(1_000);
      expect(buf.length).toBeLessThan(statSync(REGULAR).size / 50);
      expect(buf.includes(Buffer.from('Noto Serif CJK KR', 'utf16le').swap16())).toBe(true); // the KR face, not JP (the collection's first)
    }
  }, 60_000);

  it('grows with the characters, not with the length of the text', async () => {
    const [short] = await subsetPrintFonts('가나다');
    const [long] = await subsetPrintFonts('가나다'.repeat(20_000));
    expect(Math.abs(long!.bytes.length - short!.bytes.length)).toBeLessThan(64);
  }, 60_000);
});

describe('without the font files', () => {
  it('gives no fonts (the PDF prints from the system fonts)', async () => {
    vi.stubEnv('PRINT_FONT_DIR', '/nonexistent');
    expect(await subsetPrintFonts('가')).toEqual([]);
  });
});
