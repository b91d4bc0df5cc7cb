// Every check ends on random short documents of words and marks (testing/fuzz.ts). A check that loops
// for ever cannot be stopped inside the test process, so the documents run in a child process with a
// time limit; the child names each document on stderr before it runs, so a hang names its input.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzzDocuments } from './testing/fuzz';

const SEEDS = [1, 2, 3];
const DOCUMENTS = 400;

describe('QA on random documents', () => {
  it('generates the same documents for the same seed', () => {
    expect(fuzzDocuments(7, 5)).toEqual(fuzzDocuments(7, 5));
    expect(fuzzDocuments(7, 5)).not.toEqual(fuzzDocuments(8, 5));
  });

  it(`ends every check on ${SEEDS.length * DOCUMENTS} random documents`, () => {
    const lib = path.join(__dirname);
    const code = `
      const { runDocumentChecks, DEFAULT_OFF_CHECKS } = require(${JSON.stringify(path.join(lib, 'index.ts'))});
      const { fuzzDocuments, FUZZ_TERMS } = require(${JSON.stringify(path.join(lib, 'testing', 'fuzz.ts'))});
      for (const seed of ${JSON.stringify(SEEDS)})
        fuzzDocuments(seed, ${DOCUMENTS}).forEach((doc, i) => {
          process.stderr.write(seed + ':' + i + ' ' + JSON.stringify(doc.map((d) => [d.sourceText, d.targetText])) + '\\n');
          runDocumentChecks(doc, { terms: FUZZ_TERMS, options: { enabledChecks: DEFAULT_OFF_CHECKS } });
        });
      console.log('ok');`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8', timeout: 90_000 });
    const last = r.stderr.trim().split('\n').pop() ?? '';
    expect(r.error, `did not end; last document: ${last.slice(0, 500)}`).toBeUndefined();
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    expect(r.stdout.trim()).toBe('ok');
  }, 120_000);
});
