import 'server-only';
// The PDF's type, cut to the edition's characters. Chromium prints a system font by loading the
// whole face (Noto Serif CJK KR: 24 MB, ~65,000 glyphs) into the renderer for each print, ~110 MB
// more per part than the same text set in a subset web font of a few hundred KB (a 66-pair part:
// 265 → 152 MB growth, 3.5 → 2.7 s; bench/publish measures the whole). So the printer subsets the
// regular and bold faces once per PDF, in a worker thread (font-subset-worker.cjs, HarfBuzz via
// subset-font), and each part adds them to its page as FontFace objects under PRINT_FAMILY
// (lib/publish/print-css.ts sets the print in that family, then the system's Noto Serif CJK KR).
// Without the font files or the library the PDF is printed from the system fonts as before.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startWorkerScript, workerScript } from '../system/worker-script';

export interface PrintFont {
  weight: number;
  bytes: Uint8Array;
}

/** Debian's fonts-noto-cjk, unless PRINT_FONT_DIR names another folder with the same files. */
function fontDir(): string {
  return process.env.PRINT_FONT_DIR ?? '/usr/share/fonts/opentype/noto';
}

const FACES = [
  { file: 'NotoSerifCJK-Regular.ttc', family: 'Noto Serif CJK KR', weight: 400 },
  { file: 'NotoSerifCJK-Bold.ttc', family: 'Noto Serif CJK KR', weight: 700 },
];

const WORKER_TIMEOUT_MS = 60_000;

/** Printable ASCII and the typographic marks the renderer and the page furniture add. */
const ALWAYS = (() => {
  let s = '·–—‘’“”…→↩↑§†‡•';
  for (let c = 0x20; c < 0x7f; c += 1) s += String.fromCharCode(c);
  return s;
})();

/** Each character of `text` once (the worker gets a short string, whatever the edition's length). */
export function characterSet(text: string): string {
  return [...new Set(ALWAYS + text)].join('');
}

/** The print faces cut to `text`'s characters; [] when the fonts or the subsetter are not there (the system fonts print). */
export async function subsetPrintFonts(text: string): Promise<PrintFont[]> {
  const faces = FACES.map((f) => ({ ...f, file: path.join(fontDir(), f.file) }));
  if (!faces.every((f) => existsSync(f.file))) return [];
  const script = workerScript('PRINT_WORKER_DIR', 'lib/server/editions', 'font-subset-worker.cjs');
  return new Promise<PrintFont[]>((resolve) => {
    const worker = startWorkerScript(script, { workerData: { text: characterSet(text), faces } });
    const done = (fonts: PrintFont[]) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(fonts);
    };
    const timer = setTimeout(() => done([]), WORKER_TIMEOUT_MS);
    worker.on('message', (msg: PrintFont[] | { error: string }) => {
      if (Array.isArray(msg)) done(msg);
      else {
        console.warn(`PDF fonts: printing with the system fonts (${msg.error})`);
        done([]);
      }
    });
    worker.on('error', (e) => {
      console.warn(`PDF fonts: printing with the system fonts (${e.message})`);
      done([]);
    });
  });
}
