// bench/import: a 2,000-paragraph document imported through the real service (parse, segment,
// detect names, store in one transaction) on a fresh SQLite database. Target: under 2 s.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');
const file = path.join(root, 'data/bench/import.db');
rmSync(file, { force: true });
process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `file:${file}`;

async function main() {
  const { migrate } = await import('../../lib/server/db/migrate');
  await migrate();
  const { createUser } = await import('../../lib/server/auth/create-user');
  const { createProject } = await import('../../lib/server/projects/create-project');
  const { importDocumentIntoProject } = await import('../../lib/server/documents/import-document');
  const { disconnect } = await import('../../lib/server/db/client');
  const { splitParagraphs } = await import('../../lib/text/paragraphs');
  const { escapeMarkup } = await import('../../lib/text/markup');

  const owner = await createUser({ email: `bench-${Date.now()}@example.test`, password: 'bench-pass-2026' });
  const project = await createProject(owner, { name: 'Import bench', sourceLang: 'en', targetLang: 'ko' });
  const base = splitParagraphs(readFileSync(path.join(root, 'e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8'));
  const paragraphs = Array.from({ length: 2000 }, (_, i) => `${base[i % base.length]} (${i + 1})`);
  const text = paragraphs.join('\n\n');
  const markdown = paragraphs.map((p, i) => (i % 50 === 0 ? `## ${p}` : i % 7 === 0 ? `- **${p}**` : p)).join('\n\n');
  const html = `<html><body>${paragraphs.map((p) => `<p>${escapeMarkup(p)}</p>`).join('\n')}</body></html>`;

  // Warm up (Prisma's query compiler, the SQLite connection) with a small import first.
  await importDocumentIntoProject(owner, project.id, {
    bytes: new TextEncoder().encode(text.slice(0, 5000)),
    format: 'text',
    title: 'Warm-up',
  });
  const rows: string[] = [];
  let worst = 0;
  for (const [format, content] of [
    ['text', text],
    ['markdown', markdown],
    ['html', html],
  ] as const) {
    const bytes = new TextEncoder().encode(content);
    const t0 = performance.now();
    const doc = await importDocumentIntoProject(owner, project.id, { bytes, format, title: `Bench ${format}` });
    const ms = performance.now() - t0;
    worst = Math.max(worst, ms);
    rows.push(
      `${format.padEnd(9)} ${String(doc.segmentCount).padStart(5)} segments  ${(bytes.length / 1024).toFixed(0).padStart(5)} KiB  ${ms.toFixed(0).padStart(6)} ms`,
    );
  }
  console.log('bench/import: 2,000 paragraphs through importDocumentIntoProject (SQLite)');
  for (const r of rows) console.log('  ' + r);
  console.log(`  slowest: ${worst.toFixed(0)} ms (target < 2000 ms) ${worst < 2000 ? 'PASS' : 'FAIL'}`);
  await disconnect();
  rmSync(file, { force: true });
  for (const s of ['-wal', '-shm']) rmSync(file + s, { force: true });
  if (worst >= 2000) process.exitCode = 1;
}

void main();
