// Paragraph alignment from the command line:
//   npm run --silent align -- <source.txt> <target.txt> [--json]
// Paragraphs are separated by blank lines. With --json, prints only the beads as JSON
// ([{"source":[0],"target":[0],"score":0.97}, …]: 0-based indices, in order, every paragraph in
// exactly one bead, [] for an insertion or deletion); otherwise a readable side-by-side listing.
// Exit codes: 0 ok, 2 usage error or unreadable file.
import { readFileSync } from 'node:fs';
import { align } from '../lib/align/align';
import type { Bead } from '../lib/align/types';
import { splitParagraphs } from '../lib/text/paragraphs';

const USAGE = 'usage: npm run --silent align -- <source.txt> <target.txt> [--json]';

function fail(message: string): never {
  process.stderr.write(`align: ${message}\n`);
  process.exit(2);
}

function readText(file: string, role: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ?? String(err);
    return fail(`cannot read ${role} file "${file}": ${why}`);
  }
}

/** First line of a paragraph, cut to `width` characters, for the listing. */
function clip(text: string | undefined, width: number): string {
  if (text === undefined) return '';
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function listing(beads: readonly Bead[], source: string[], target: string[]): string {
  const width = 56;
  const lines: string[] = [];
  for (const b of beads) {
    const label = `${b.source.map((i) => i + 1).join('+') || '–'} ↔ ${b.target.map((j) => j + 1).join('+') || '–'}`;
    lines.push(`[${label}]  score ${b.score.toFixed(2)}${b.score < 0.6 ? '  (check)' : ''}`);
    const rows = Math.max(b.source.length, b.target.length);
    for (let r = 0; r < rows; r++) {
      const left = clip(source[b.source[r]], width).padEnd(width);
      lines.push(`  ${left} │ ${clip(target[b.target[r]], width)}`);
    }
  }
  return lines.join('\n');
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  const unknown = files.find((a) => a.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown}\n${USAGE}`);
  if (files.length !== 2) fail(`expected two files, got ${files.length}\n${USAGE}`);
  const source = splitParagraphs(readText(files[0], 'source'));
  const target = splitParagraphs(readText(files[1], 'target'));
  const beads = align(source, target);
  if (json) {
    const out = beads.map((b) => ({ source: b.source, target: b.target, score: Math.round(b.score * 1000) / 1000 }));
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  const kept = beads.filter((b) => b.source.length && b.target.length).length;
  process.stdout.write(`${source.length} source and ${target.length} target paragraphs, ${beads.length} beads (${kept} with both sides)\n\n`);
  process.stdout.write(`${listing(beads, source, target)}\n`);
}

main(process.argv.slice(2));
