// Splitting machine-translation work into requests the DeepL API accepts. DeepL takes at most 50
// `text` values per /v2/translate request and rejects bodies over 128 KiB with 413; we aim for
// 120 KiB so that headers-side growth (extra parameters added later, a longer glossary id) never
// tips a batch over the real limit.
//
// DeepL's `context` parameter belongs to the whole request, not to one text, so texts with
// different contexts can never share a request: consecutive items with the same context are
// grouped, and a change of context starts a new batch.

/** DeepL's documented maximum number of `text` values in one translate request. */
export const DEEPL_MAX_TEXTS_PER_REQUEST = 50;
/** DeepL's documented maximum total request size (128 KiB). */
export const DEEPL_MAX_REQUEST_BYTES = 128 * 1024;
/** Our target size per request, kept below DeepL's limit as a safety margin. */
export const DEFAULT_BATCH_MAX_BYTES = 120 * 1024;
/**
 * Room reserved for the parameters every request carries besides text and context (target_lang,
 * source_lang, formality, tag_handling, ignore_tags, glossary_id, show_billed_characters...).
 * Generous on purpose: all of them together are well under 400 bytes form-encoded.
 */
export const DEFAULT_FIXED_PARAMS_BYTES = 1024;

export interface BatchItem {
  text: string;
  /** Request-level context; items with different contexts go to different batches. */
  context?: string;
}

export interface BatchOptions {
  maxTexts?: number;
  /** Target maximum size of one request body, in bytes. */
  maxBytes?: number;
  /** Absolute limit: an item that cannot fit in a request this size even alone is rejected. */
  hardMaxBytes?: number;
  /** Bytes reserved for the non-text parameters of each request. */
  fixedParamsBytes?: number;
}

export interface Batch {
  /** Positions of the batch's items in the input list, in order. */
  indices: number[];
  texts: string[];
  context?: string;
  /** Estimated request body size in bytes (form-encoded, including reserved parameter room). */
  bytes: number;
  /** True for a batch holding one item that alone exceeds maxBytes (but fits hardMaxBytes). */
  oversize: boolean;
}

export interface OversizeItem {
  index: number;
  bytes: number;
}

export interface BatchResult {
  batches: Batch[];
  /** Items too large to send even alone; the caller must split them or report an error. */
  rejected: OversizeItem[];
}

function isUnreserved(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x30 && c <= 0x39) || // 0-9
    c === 0x2a ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x5f ||
    c === 0x20 // * - . _ space
  );
}

/**
 * Exact size of `value` once encoded by URLSearchParams (what deepl-node sends): unreserved ASCII
 * and the space (sent as '+') take one byte, every other UTF-8 byte becomes %XX. This is an upper
 * bound for JSON bodies too, except for control characters, which do not occur in prose.
 */
export function formEncodedBytes(value: string): number {
  // Walks UTF-16 code units: this runs over whole documents, so no per-character allocation.
  let bytes = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (isUnreserved(c)) bytes += 1;
    else if (c < 0x80) bytes += 3;
    else if (c < 0x800) bytes += 6;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 12; // a surrogate pair is one 4-byte code point
        i += 1;
      } else {
        bytes += 9; // lone surrogate: encoded as U+FFFD (3 bytes)
      }
    } else bytes += 9;
  }
  return bytes;
}

/** Bytes one `text=...` parameter adds to a form body, including its `&` separator. */
export function textParamBytes(text: string): number {
  return '&text='.length + formEncodedBytes(text);
}

/** Bytes the `context=...` parameter adds, or 0 without context. */
export function contextParamBytes(context: string | undefined): number {
  return context === undefined || context === '' ? 0 : '&context='.length + formEncodedBytes(context);
}

export function batchTexts(items: readonly (BatchItem | string)[], options: BatchOptions = {}): BatchResult {
  const maxTexts = options.maxTexts ?? DEEPL_MAX_TEXTS_PER_REQUEST;
  const maxBytes = options.maxBytes ?? DEFAULT_BATCH_MAX_BYTES;
  const hardMaxBytes = options.hardMaxBytes ?? DEEPL_MAX_REQUEST_BYTES;
  const fixed = options.fixedParamsBytes ?? DEFAULT_FIXED_PARAMS_BYTES;
  if (maxTexts < 1) throw new RangeError('maxTexts must be at least 1');

  const batches: Batch[] = [];
  const rejected: OversizeItem[] = [];
  let current: Batch | null = null;

  const flush = () => {
    if (current && current.indices.length > 0) batches.push(current);
    current = null;
  };

  items.forEach((raw, index) => {
    const item: BatchItem = typeof raw === 'string' ? { text: raw } : raw;
    const context = item.context === '' ? undefined : item.context;
    const textBytes = textParamBytes(item.text);
    const alone = fixed + contextParamBytes(context) + textBytes;

    if (alone > hardMaxBytes) {
      rejected.push({ index, bytes: alone });
      return;
    }
    if (alone > maxBytes) {
      // Sent on its own so that it cannot push its neighbours over the limit.
      flush();
      batches.push({ indices: [index], texts: [item.text], context, bytes: alone, oversize: true });
      return;
    }
    const c = current as Batch | null;
    if (c === null || c.context !== context || c.indices.length >= maxTexts || c.bytes + textBytes > maxBytes) {
      flush();
      current = { indices: [index], texts: [item.text], context, bytes: alone, oversize: false };
      return;
    }
    c.indices.push(index);
    c.texts.push(item.text);
    c.bytes += textBytes;
  });
  flush();
  return { batches, rejected };
}

export interface BilledCharacterOptions {
  /** With 'xml' or 'html', tags are not billed (DeepL bills only characters outside markup). */
  tagHandling?: 'xml' | 'html' | 'none';
}

const TAG = /<[^<>]*>/g;
const ENTITY = /&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;

/**
 * Estimate of the characters DeepL bills for these texts. DeepL bills the source text in Unicode
 * code points (spaces and newlines included); `context` is never billed; with tag_handling set,
 * the characters of tags (names, attributes, values) are not billed. Our decision for what the
 * docs leave open: an XML entity such as `&amp;` counts as the one character it stands for, and
 * the content of ignored tags (protected names) is counted, since it is text, not markup. The
 * server's own `billed_characters` in the response stays the number to record.
 */
export function estimateBilledCharacters(texts: readonly string[], options: BilledCharacterOptions = {}): number {
  const markup = options.tagHandling === 'xml' || options.tagHandling === 'html';
  let total = 0;
  for (const text of texts) {
    const billed = markup ? text.replace(TAG, '').replace(ENTITY, '_') : text;
    total += countCodePoints(billed);
  }
  return total;
}

export function countCodePoints(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
