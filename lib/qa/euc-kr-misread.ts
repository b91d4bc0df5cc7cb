// Korean stored in EUC-KR/CP949 and read through another legacy code page. A Hangul syllable is two
// bytes there, a lead 0xB0–0xC8 and a trail 0xA1–0xFE, and a wrong decoder shows them as half-width
// katakana (Shift_JIS: 시민단체 → ｽﾃｹﾎｴﾜﾃｼ), traditional or simplified Chinese characters (Big5, GBK),
// kanji (EUC-JP: 어린이집에 → 嬢鍵戚増拭), Cyrillic (ISO-8859-5: 이용객은 → РЬПыАДРК), Thai
// (Windows-874: 경기도의 → ฐๆฑโตตภว), Greek, Hebrew, Arabic or accented Latin. A suspect run
// (neither ASCII nor Hangul) is encoded back through every such decoder and flagged when the bytes
// read as EUC-KR Hangul: two syllables in a row or more, covering four fifths of the bytes, and
// frequent Korean syllables on average (korean-syllable-weights.ts) — words of those scripts that
// happen to land in the Hangul rows come out as rare syllables (쥑괸, 꺌쑨). Ideographs are also
// legitimate Korean (hanja: 韓日, 經團連) and Japanese names are written in kanji, so a run of them
// needs three syllables and is left alone as a bracketed gloss after Hangul. Text the source holds
// too is quoted, not garbled. EUC-KR read as Latin-1 is matched in broken-text.ts itself.
import { koreanLikelihood } from './korean-syllable-weights';
import { DOUBLE_BYTE, decoder, singles, suspectRuns, type Reverse } from './legacy-decoders';

// EUC-KR's non-ASCII byte values (rows 0xA1–0xFE); Hangul uses leads 0xB0–0xC8.
const EUC_BYTES = Array.from({ length: 94 }, (_, i) => 0xa1 + i);
let doubleMaps: Reverse[] | null = null;

/** Character → bytes for every pair (and lone byte) of EUC-KR byte values each double-byte decoder reads as one character. */
function doubles(): Reverse[] {
  if (doubleMaps) return doubleMaps;
  doubleMaps = [];
  const pairs = EUC_BYTES.flatMap((a) => EUC_BYTES.map((b) => [a, b] as const));
  for (const label of DOUBLE_BYTE) {
    const d = decoder(label);
    if (!d) continue;
    const m: Reverse = new Map();
    // One decode per code page: every pair followed by a newline, which re-synchronises the decoder.
    const parts = d.decode(Uint8Array.from(pairs.flatMap(([a, b]) => [a, b, 0x0a]))).split('\n');
    if (parts.length === pairs.length + 1)
      parts.forEach((ch, i) => {
        if (ch.length === 1 && ch !== '\uFFFD') m.set(ch, [...pairs[i]!]);
      });
    const lone = d.decode(Uint8Array.from(EUC_BYTES.flatMap((b) => [b, 0x0a]))).split('\n');
    lone.forEach((ch, i) => {
      if (ch.length === 1 && ch !== '\uFFFD' && i < EUC_BYTES.length && !m.has(ch)) m.set(ch, [EUC_BYTES[i]!]);
    });
    doubleMaps.push(m);
  }
  return doubleMaps;
}

/** Whether bytes read as EUC-KR Hangul: a run of `min` syllables, four fifths of the bytes, frequent syllables. */
export function readsAsEucKrHangul(bytes: readonly number[], min = 2): boolean {
  const syllables: number[] = [];
  let run = 0;
  let best = 0;
  for (let i = 0; i < bytes.length;) {
    const a = bytes[i]!;
    const b = bytes[i + 1] ?? 0;
    if (a >= 0xb0 && a <= 0xc8 && b >= 0xa1 && b <= 0xfe) {
      syllables.push((a - 0xb0) * 94 + (b - 0xa1));
      best = Math.max(best, ++run);
      i += 2;
    } else {
      run = 0;
      i++;
    }
  }
  return best >= min && syllables.length * 2 * 5 >= bytes.length * 4 && koreanLikelihood(syllables) >= 1;
}

const IDEOGRAPH = /[\u2E80-\u9FFF\uF900-\uFAFF]/;
const HANGUL = /[\uAC00-\uD7A3]/;
const LETTER = /\p{L}/u;
// Box drawing, blocks and the maths signs of the DOS code pages' upper half.
const DOS_SIGN = /[\u2500-\u25A0\u2219-\u2265\u2310\u2320\u2321\u207F\u00B1\u00F7\u00B0\u00B7\u00AC]/;
// A word of a script with capitals, letters only (КАМАЗ, Москва, «москва»): the lead bytes of EUC-KR
// Hangul are capitals in ISO-8859-5, so garbled Hangul mixes the cases anyhow (РЬПыАДРК) or symbols
// (KOI8: дщ╪╬ем©║╪ґ).
const CASED_WORD = /^(?:\p{Lu}+|\p{Lu}?\p{Ll}+)$/u;
const casedWord = (run: string[]) => CASED_WORD.test(run.join('').replace(/^\P{L}+|\P{L}+$/gu, ''));

/** Spans of `t` that are Korean EUC-KR/CP949 decoded through another legacy code page; `source` is the segment's source. */
export function eucKrAsLegacyCodePage(t: string, source = ''): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const { start, end: j, run } of suspectRuns(t)) {
    // Garbled Hangul comes out as letters (kana, ideographs, Cyrillic, Thai); runs of quotes, dashes
    // and unit signs (”…, ㎞·) are skipped before any re-encoding.
    // A DOS code page (437, 850 …) shows the Hangul rows as box drawing and maths signs (적자를 →
    // └√└┌╕ª): three of them, of two kinds or more, count like letters (a rule ──── or a table's
    // frame ┌─┐ then has to read as frequent Korean syllables like any run).
    let letters = 0;
    let boxes = 0;
    for (const ch of run)
      if (LETTER.test(ch)) letters++;
      else if (DOS_SIGN.test(ch)) boxes++;
    if ((letters < 2 && (boxes < 3 || new Set(run).size < 3)) || run.some((ch) => LETTER.test(ch) && source.includes(ch))) continue;
    const ideographs = IDEOGRAPH.test(t.slice(start, j));
    if (ideographs && t[start - 1] === '(' && HANGUL.test(t[start - 2] ?? '')) continue;
    const min = ideographs ? 3 : 2;
    const hit =
      (run.length >= 4 &&
        (boxes >= 3 || !casedWord(run)) &&
        singles().some((m) =>
          readsAsEucKrHangul(
            run.flatMap((ch) => m.get(ch) ?? [0]),
            min,
          ),
        )) ||
      doubles().some((m) =>
        readsAsEucKrHangul(
          run.flatMap((ch) => m.get(ch) ?? [0]),
          min,
        ),
      );
    if (hit) out.push({ start, end: j });
  }
  return out;
}
