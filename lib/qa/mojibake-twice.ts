// Korean garbled twice: UTF-8 read through a legacy single-byte code page, saved again as UTF-8 and
// read through a code page once more (자선단체가 → мћђм„ л‹ЁмІґк°Ђ → РјС›С’РјвЂћВ Р»вЂ№РЃ…, Windows-1251
// twice), as when a file goes through two wrong imports. One pass of legacy-decoders.ts gives back
// the first garbling, not Hangul. So a suspect run is encoded back through each single-byte code page,
// and when the bytes form valid UTF-8 (text in those scripts almost never does: its letters are lead
// bytes 0xC0–0xFF followed by other letters, not by continuation bytes) the decoded text is tested the
// way one garbling is. Only runs long enough to hold two syllables garbled twice are tried.
import { readsAsHangul, singles, suspectRuns, type Reverse } from './legacy-decoders';

// Two syllables: six UTF-8 bytes, six characters after one pass, at least twelve bytes after two.
const MIN_RUN = 12;
let strict: TextDecoder | null = null;

/** The bytes `run` came from under one code page, or null when a character is not in it. */
function bytesOf(run: readonly string[], page: Reverse): number[] | null {
  const out: number[] = [];
  for (const ch of run) {
    const b = page.get(ch);
    if (!b) return null;
    out.push(...b);
  }
  return out;
}

/** The once-garbled text under `run` if it was garbled again through `page`, else null. */
function unwrap(run: readonly string[], page: Reverse): string[] | null {
  const bytes = bytesOf(run, page);
  if (!bytes) return null;
  strict ??= new TextDecoder('utf-8', { fatal: true });
  try {
    const text = [...strict.decode(Uint8Array.from(bytes))];
    // A first garbling of Hangul holds no ASCII: every UTF-8 byte of a syllable is 0x80 or more.
    return text.every((c) => c.charCodeAt(0) >= 0x80) ? text : null;
  } catch {
    return null;
  }
}

/** Spans of `t` that are Korean UTF-8 garbled twice through single-byte code pages. */
export function utf8MisreadTwice(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const { start, end, run } of suspectRuns(t)) {
    if (run.length < MIN_RUN) continue;
    const pages = singles();
    const hit = pages.some((outer) => {
      const once = unwrap(run, outer);
      return once !== null && pages.some((inner) => readsAsHangul(once.map((c) => inner.get(c)?.[0] ?? 0)));
    });
    if (hit) out.push({ start, end });
  }
  return out;
}
