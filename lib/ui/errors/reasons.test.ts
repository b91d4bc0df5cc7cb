// Every reason the server names (`.because('…')` in lib/server, import errors as import_<code>,
// not-found errors as <what>_not_found) and every error category has a message in both languages,
// so the Korean interface never falls back to the server's English for them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_STATUS, notFoundReason } from '../../server/errors';
import en from '../i18n/messages/en.json';
import ko from '../i18n/messages/ko.json';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'generated' ? [] : sources(p);
    return /\.ts$/.test(d.name) && !/\.test\.ts$/.test(d.name) ? [p] : [];
  });
}

function serverReasons(): Set<string> {
  const found = new Set<string>();
  const importCodes = readFileSync('lib/formats/import/errors.ts', 'utf8').match(/IMPORT_ERROR_CODES\s*=\s*\[([^\]]+)\]/)?.[1] ?? '';
  for (const file of sources('lib/server')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\.because\(\s*'([a-z0-9_]+)'/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\.because\([^)]*\?\s*'([a-z0-9_]+)'\s*:\s*'([a-z0-9_]+)'/g)) [m[1]!, m[2]!].forEach((r) => found.add(r));
    for (const m of text.matchAll(/notFound\('([^']+)'\)/g)) found.add(notFoundReason(m[1]!));
    if (text.includes('`import_${')) for (const c of importCodes.matchAll(/'([a-z_]+)'/g)) found.add(`import_${c[1]}`);
    if (text.includes('`invite_${state}`')) for (const s of ['used', 'expired', 'revoked']) found.add(`invite_${s}`);
  }
  return found;
}

describe('error reasons', () => {
  const reasons = serverReasons();

  it('finds the reasons the server sends', () => {
    for (const r of [
      'wrong_credentials',
      'sign_in_throttled',
      'import_empty',
      'import_binary',
      'import_encoding',
      'file_too_large',
      'segment_conflict',
      'role_forbids',
      'invalid_field',
      'document_not_found',
    ]) {
      expect(reasons, r).toContain(r);
    }
  });

  it('has a message for each reason and each category, in English and Korean', () => {
    const missing = [...reasons, ...Object.keys(ERROR_STATUS).map((c) => `code_${c}`)].filter(
      (r) => !(r in en.errors) || !(r in ko.errors),
    );
    expect(missing).toEqual([]);
  });

  it('writes the Korean messages without English words (placeholders, DeepL, TM, QA and formats aside)', () => {
    const allowed = /^(DeepL|TM|QA|MT|PDF|XLIFF|TMX|DOCX|HTML|JSON|Markdown|UTF|API|HTTP|MB|KiB|docx|base64)$/;
    const english = Object.entries(ko.errors as Record<string, string>).flatMap(([k, v]) =>
      (v.replace(/\{[^{}]*\}|\{[^{}]*\{[^}]*\}[^}]*\}/g, '').match(/[A-Za-z]{2,}/g) ?? [])
        .filter((w) => !allowed.test(w))
        .map((w) => `${k}: ${w}`),
    );
    expect(english).toEqual([]);
  });
});
