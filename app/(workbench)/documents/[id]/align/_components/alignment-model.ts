// The alignment view's data: the proposal from POST …/alignment, the rows the user edits (one per
// link, or bead), their tone, and the pure row edits (merge, split at a sentence, skip).
import { CHECK_MARK } from '@/lib/align/confidence';
import { splitSentences } from '@/lib/align/distribute';

export interface Proposal {
  source: { index: number; segmentId: string; text: string; hasHumanWork: boolean; doNotTranslate: boolean }[];
  target: { index: number; text: string }[];
  beads: { source: number[]; target: number[]; score: number }[];
}
export interface Row {
  key: number;
  source: number[];
  target: number[];
  paras: string[];
  score: number | null;
  skip: boolean;
}
export interface HumanWork {
  segmentId: string;
  position: number;
  targetText: string;
}

export type Tone = 'skip' | 'manual' | 'high' | 'low';
/** One rule for the colour and the count: a link is doubtful (red, counted) exactly when it scores under the check mark. */
export function toneOf(r: Row): Tone {
  return r.skip ? 'skip' : r.score === null ? 'manual' : r.score >= CHECK_MARK ? 'high' : 'low';
}

let keySeq = 0;
const nextKey = () => ++keySeq;

export function rowsOf(p: Proposal): Row[] {
  return p.beads.map((b) => ({
    key: nextKey(),
    source: b.source,
    target: b.target,
    paras: b.target.map((i) => p.target[i]!.text),
    score: b.score,
    skip: false,
  }));
}

/** Joins row i with row i + 1 (a link made by hand). */
export function mergeRows(rs: Row[], i: number): Row[] {
  if (i < 0 || i + 1 >= rs.length) return rs;
  const a = rs[i]!,
    b = rs[i + 1]!;
  const m: Row = {
    key: nextKey(),
    source: [...a.source, ...b.source],
    target: [...a.target, ...b.target],
    paras: [...a.paras, ...b.paras],
    score: null,
    skip: false,
  };
  return [...rs.slice(0, i), m, ...rs.slice(i + 2)];
}

/** Splits row i after sentence k of its joined Korean text; the English paragraphs are shared out (first stays with the first part). */
export function splitRow(rs: Row[], i: number, k: number): Row[] {
  const r = rs[i]!;
  const sentences = splitSentences(r.paras.join(' '));
  const first = sentences
    .slice(0, k + 1)
    .join('')
    .trim();
  const second = sentences
    .slice(k + 1)
    .join('')
    .trim();
  const cut = Math.max(1, Math.ceil(r.source.length / 2));
  const a: Row = { key: nextKey(), source: r.source.slice(0, cut), target: r.target, paras: [first], score: null, skip: false };
  const b: Row = { key: nextKey(), source: r.source.slice(cut), target: r.target, paras: [second], score: null, skip: false };
  return [...rs.slice(0, i), a, b, ...rs.slice(i + 1)];
}

export function fileToContent(file: File): Promise<{ content: string; format: 'docx' | 'markdown' | 'html' | 'xliff' | 'text' }> {
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  const format =
    ext === 'docx'
      ? 'docx'
      : ext === 'md' || ext === 'markdown'
        ? 'markdown'
        : ext === 'html' || ext === 'htm'
          ? 'html'
          : ext === 'xlf' || ext === 'xliff'
            ? 'xliff'
            : 'text';
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    if (format === 'docx') {
      reader.onload = () => resolve({ content: String(reader.result).split(',')[1] ?? '', format });
      reader.readAsDataURL(file);
    } else {
      reader.onload = () => resolve({ content: String(reader.result), format });
      reader.readAsText(file);
    }
  });
}
