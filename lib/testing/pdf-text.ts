// Text and its position on each page of a PDF, for tests of what Chromium printed (no poppler on
// these machines: pdf-lib reads the file, this walks the page content streams). Handles what
// Chromium's Skia writes: text in BT/ET with Tm/Td/T*, fonts (Type3 or Type0) with a ToUnicode CMap
// (bfchar and bfrange), transforms with q/Q/cm. Each shown string is one run at the position where
// it starts; runs on one baseline are joined into a line, left to right.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject, type PDFPage } from 'pdf-lib';

export interface PdfTextRun {
  text: string;
  x: number;
  /** Distance of the baseline from the top of the page, in points. */
  y: number;
}

export interface PdfPageText {
  runs: PdfTextRun[];
  /** Runs on one baseline (within 1.5 pt), top to bottom, each left to right. */
  lines: { y: number; text: string }[];
  height: number;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

interface FontMap {
  bytes: number;
  map: Map<number, string>;
}

function streamText(doc: PDFDocument, obj: PDFObject | undefined): string {
  const s = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (!(s instanceof PDFRawStream)) return '';
  return Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
}

const hexCode = (h: string) => parseInt(h, 16);
function hexText(h: string): string {
  let out = '';
  for (let i = 0; i + 4 <= h.length; i += 4) out += String.fromCharCode(parseInt(h.slice(i, i + 4), 16));
  return out;
}

/** A ToUnicode CMap: code width in bytes and code → text. */
export function parseToUnicode(cmap: string): FontMap {
  const space = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap);
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([^]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(hexCode(m[1]!), hexText(m[2]!));
  for (const block of cmap.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = hexCode(m[1]!);
      const hi = hexCode(m[2]!);
      if (m[3]!.startsWith('[')) {
        const list = [...m[3]!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => hexText(x[1]!));
        list.forEach((t, i) => map.set(lo + i, t));
      } else {
        const dst = m[3]!.slice(1, -1);
        const last = parseInt(dst.slice(-4), 16);
        for (let c = lo; c <= hi; c += 1) map.set(c, hexText(dst.slice(0, -4)) + String.fromCharCode(last + c - lo));
      }
    }
  }
  return { bytes: space ? space[1]!.length / 2 : 1, map };
}

type Token =
  { k: 'num'; v: number } | { k: 'name'; v: string } | { k: 'str'; v: number[] } | { k: 'op'; v: string } | { k: '['; v: Token[] };

function tokenize(src: string): Token[] {
  const root: Token[] = [];
  const stack: Token[][] = [root];
  let i = 0;
  const push = (t: Token) => stack[stack.length - 1]!.push(t);
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i += 1;
    else if (c === '%') while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i += 1;
    else if (c === '/') {
      const m = /^\/[^\s/<>[\]()%{}]*/.exec(src.slice(i, i + 128))!;
      push({ k: 'name', v: m[0].slice(1) });
      i += m[0].length;
    } else if (c === '<' && src[i + 1] === '<') i += 2;
    else if (c === '>' && src[i + 1] === '>') i += 2;
    else if (c === '<') {
      const end = src.indexOf('>', i);
      const hex = src.slice(i + 1, end).replace(/\s/g, '');
      const bytes: number[] = [];
      for (let j = 0; j < hex.length; j += 2) bytes.push(parseInt(hex.slice(j, j + 2).padEnd(2, '0'), 16));
      push({ k: 'str', v: bytes });
      i = end + 1;
    } else if (c === '(') {
      const bytes: number[] = [];
      let depth = 1;
      i += 1;
      while (i < src.length && depth > 0) {
        const ch = src[i]!;
        if (ch === '\\') {
          const nx = src[i + 1]!;
          const oct = /^[0-7]{1,3}/.exec(src.slice(i + 1, i + 4));
          if (oct) {
            bytes.push(parseInt(oct[0], 8));
            i += 1 + oct[0].length;
            continue;
          }
          bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[nx] ?? nx.charCodeAt(0));
          i += 2;
          continue;
        }
        if (ch === '(') depth += 1;
        if (ch === ')') depth -= 1;
        if (depth > 0) bytes.push(ch.charCodeAt(0));
        i += 1;
      }
      push({ k: 'str', v: bytes });
    } else if (c === '[') {
      const arr: Token[] = [];
      push({ k: '[', v: arr });
      stack.push(arr);
      i += 1;
    } else if (c === ']') {
      if (stack.length > 1) stack.pop();
      i += 1;
    } else {
      const m = /^[+-]?(\d+\.?\d*|\.\d+)/.exec(src.slice(i, i + 32));
      if (m) {
        push({ k: 'num', v: Number(m[0]) });
        i += m[0].length;
      } else {
        const op = /^[^\s/<>[\]()%]+/.exec(src.slice(i, i + 32));
        push({ k: 'op', v: op ? op[0] : c });
        i += op ? op[0].length : 1;
      }
    }
  }
  return root;
}

function pageFonts(doc: PDFDocument, page: PDFPage): Map<string, FontMap> {
  const out = new Map<string, FontMap>();
  const fonts = page.node.Resources()?.lookup(PDFName.of('Font'));
  if (!(fonts instanceof PDFDict)) return out;
  for (const [name, ref] of fonts.entries()) {
    const font = doc.context.lookup(ref);
    if (!(font instanceof PDFDict)) continue;
    const cmap = streamText(doc, font.get(PDFName.of('ToUnicode')));
    out.set(name.decodeText(), cmap ? parseToUnicode(cmap) : { bytes: 1, map: new Map() });
  }
  return out;
}

function pageRuns(doc: PDFDocument, page: PDFPage): PdfTextRun[] {
  const contents = page.node.Contents();
  const parts = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const src = parts.map((p) => streamText(doc, p)).join('\n');
  const fonts = pageFonts(doc, page);
  const height = page.getHeight();
  const runs: PdfTextRun[] = [];
  const ctmStack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let leading = 0;
  let font: FontMap = { bytes: 1, map: new Map() };
  let ops: Token[] = [];
  const nums = () => ops.map((t) => (t.k === 'num' ? t.v : 0));
  const show = (bytes: number[]) => {
    let text = '';
    for (let i = 0; i + font.bytes <= bytes.length; i += font.bytes) {
      let code = 0;
      for (let j = 0; j < font.bytes; j += 1) code = code * 256 + bytes[i + j]!;
      text += font.map.get(code) ?? '';
    }
    const [x, y] = [mul(tm, ctm)[4], mul(tm, ctm)[5]];
    if (text) runs.push({ text: text.normalize('NFKC'), x, y: height - y }); // NFKC: the ﬁ ligature reads as fi
  };
  for (const t of tokenize(src)) {
    if (t.k !== 'op') {
      ops.push(t);
      continue;
    }
    const n = nums();
    switch (t.v) {
      case 'q':
        ctmStack.push(ctm);
        break;
      case 'Q':
        ctm = ctmStack.pop() ?? IDENTITY;
        break;
      case 'cm':
        ctm = mul(n.slice(-6) as Matrix, ctm);
        break;
      case 'BT':
        tm = tlm = IDENTITY;
        break;
      case 'Tf': {
        const name = ops.find((o) => o.k === 'name');
        font = (name && fonts.get(name.v as string)) || { bytes: 1, map: new Map() };
        break;
      }
      case 'Tm':
        tm = tlm = n.slice(-6) as Matrix;
        break;
      case 'TL':
        leading = n[0] ?? 0;
        break;
      case 'Td':
      case 'TD':
        if (t.v === 'TD') leading = -(n[1] ?? 0);
        tm = tlm = mul([1, 0, 0, 1, n[0] ?? 0, n[1] ?? 0], tlm);
        break;
      case 'T*':
        tm = tlm = mul([1, 0, 0, 1, 0, -leading], tlm);
        break;
      case 'Tj':
      case "'":
      case '"': {
        if (t.v !== 'Tj') tm = tlm = mul([1, 0, 0, 1, 0, -leading], tlm);
        const s = [...ops].reverse().find((o) => o.k === 'str');
        if (s) show(s.v as number[]);
        break;
      }
      case 'TJ': {
        const arr = ops.find((o) => o.k === '[');
        if (arr) show((arr.v as Token[]).flatMap((o) => (o.k === 'str' ? o.v : [])));
        break;
      }
    }
    ops = [];
  }
  return runs;
}

function linesOf(runs: PdfTextRun[]): { y: number; text: string }[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; runs: PdfTextRun[] }[] = [];
  for (const r of sorted) {
    const line = lines.find((l) => Math.abs(l.y - r.y) <= 1.5);
    if (line) line.runs.push(r);
    else lines.push({ y: r.y, runs: [r] });
  }
  return lines
    .sort((a, b) => a.y - b.y)
    .map((l) => ({
      y: l.y,
      text: l.runs
        .sort((a, b) => a.x - b.x)
        .map((r) => r.text)
        .join(''),
    }));
}

/** The text of every page of a PDF, with positions. */
export async function pdfPagesText(bytes: Uint8Array): Promise<PdfPageText[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return doc.getPages().map((page) => {
    const runs = pageRuns(doc, page);
    return { runs, lines: linesOf(runs), height: page.getHeight() };
  });
}
