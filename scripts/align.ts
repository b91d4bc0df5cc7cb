// Paragraph alignment from the command line:
//   npm run --silent align -- <source.txt> <target.txt> [--json] [--sentences] [--glossary terms.csv]
// Paragraphs are separated by blank lines. With --json, prints only the beads as JSON
// ([{"source":[0],"target":[0],"score":0.97}, …]: 0-based indices, in order, every paragraph in
// exactly one bead, [] for an insertion or deletion); otherwise a readable side-by-side listing.
// --sentences adds the sentence links inside each bead (JSON: "sentences" [{source, target, score}]
// with indices into "sourceSentences" / "targetSentences", each {paragraph, start, end}: the
// paragraph's index within the bead and character offsets in its text). --glossary reads a DeepL
// glossary CSV (source,target[,source_lang,target_lang]) whose terms become anchors.
// Exit codes: 0 ok, 2 usage error, unreadable file or unusable glossary.
import { readFileSync } from 'node:fs';
import { align, type AlignTerm } from '../lib/align/align';
import { CHECK_MARK } from '../lib/align/confidence';
import { alignSentences, type SentenceAlignment } from '../lib/align/sentences';
import type { Bead } from '../lib/align/types';
import { importGlossaryCsv } from '../lib/formats/glossary-csv';
import { splitParagraphs } from '../lib/text/paragraphs';

const USAGE = 'usage: npm run --silent align -- <source.txt> <target.txt> [--json] [--sentences] [--glossary terms.csv]';

function fail(message: string): never {
  process.stderr.write(`align: ${message}\n`);
  process.exit(2);
}

function readText(file: string, role: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(err));
    return fail(`cannot read ${role} file "${file}": ${why}`);
  }
}

/** First line of a paragraph, cut to `width` characters, for the listing. */
function clip(text: string | undefined, width: number): string {
  if (text === undefined) return '';
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function readGlossary(file: string): AlignTerm[] {
  const { terms, errors } = importGlossaryCsv(readText(file, 'glossary'));
  if (terms.length === 0) {
    const [first] = errors;
    const why = first ? `line ${first.line}: ${first.message}` : 'no entries';
    return fail(`glossary "${file}" has no usable term (${why})`);
  }
  return terms.map((t) => ({ source: t.source, target: t.target }));
}

function listing(
  beads: readonly Bead[],
  source: string[],
  target: string[],
  sentences?: readonly (SentenceAlignment | undefined)[],
): string {
  const width = 56;
  const lines: string[] = [];
  // Rows past the shorter side of a bead have no paragraph there.
  const at = (side: readonly string[], i: number | undefined) => (i === undefined ? undefined : side[i]);
  beads.forEach((b, k) => {
    const label = `${b.source.map((i) => i + 1).join('+') || '–'} ↔ ${b.target.map((j) => j + 1).join('+') || '–'}`;
    lines.push(`[${label}]  score ${b.score.toFixed(2)}${b.score < CHECK_MARK ? '  (check)' : ''}`);
    const rows = Math.max(b.source.length, b.target.length);
    for (let r = 0; r < rows; r++) {
      const left = clip(at(source, b.source[r]), width).padEnd(width);
      lines.push(`  ${left} │ ${clip(at(target, b.target[r]), width)}`);
    }
    const s = sentences?.[k];
    if (!s) return;
    // Links and spans come from alignSentences over this bead's paragraphs, so every index is in range.
    const text = (side: string[], paras: number[], span: { paragraph: number; start: number; end: number }) =>
      side[paras[span.paragraph]!]!.slice(span.start, span.end);
    for (const l of s.links) {
      const en = l.source.map((i) => text(source, b.source, s.source[i]!)).join(' ');
      const ko = l.target.map((j) => text(target, b.target, s.target[j]!)).join(' ');
      const tag = `${l.source.map((i) => i + 1).join('+') || '–'}↔${l.target.map((j) => j + 1).join('+') || '–'}`;
      lines.push(
        `    · ${tag.padEnd(7)} ${clip(en, width - 10).padEnd(width - 10)} │ ${clip(ko, width)}${l.score < CHECK_MARK ? '  (check)' : ''}`,
      );
    }
  });
  return lines.join('\n');
}

function main(argv: string[]): void {
  const args = [...argv];
  const flag = (name: string) => {
    const k = args.indexOf(name);
    if (k >= 0) args.splice(k, 1);
    return k >= 0;
  };
  const json = flag('--json');
  const withSentences = flag('--sentences');
  let terms: AlignTerm[] = [];
  const g = args.indexOf('--glossary');
  if (g >= 0) {
    const file = args[g + 1];
    if (!file || file.startsWith('--')) fail(`--glossary needs a CSV file\n${USAGE}`);
    args.splice(g, 2);
    terms = readGlossary(file);
  }
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown}\n${USAGE}`);
  const [sourceFile, targetFile, ...extra] = args;
  if (sourceFile === undefined || targetFile === undefined || extra.length > 0) fail(`expected two files, got ${args.length}\n${USAGE}`);
  const source = splitParagraphs(readText(sourceFile, 'source'));
  const target = splitParagraphs(readText(targetFile, 'target'));
  const beads = align(source, target, { terms });
  const sentences = withSentences
    ? beads.map((b) =>
        b.source.length && b.target.length
          ? alignSentences(
              b.source.map((i) => source[i]!),
              b.target.map((j) => target[j]!),
              { terms },
            )
          : undefined,
      )
    : undefined;
  if (json) {
    const out = beads.map((b, k) => {
      const bead = { source: b.source, target: b.target, score: Math.round(b.score * 1000) / 1000 };
      const s = sentences?.[k];
      if (!withSentences) return bead;
      return { ...bead, sentences: s?.links ?? [], sourceSentences: s?.source ?? [], targetSentences: s?.target ?? [] };
    });
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  const kept = beads.filter((b) => b.source.length && b.target.length).length;
  process.stdout.write(
    `${source.length} source and ${target.length} target paragraphs, ${beads.length} beads (${kept} with both sides)\n\n`,
  );
  process.stdout.write(`${listing(beads, source, target, sentences)}\n`);
}

main(process.argv.slice(2));
