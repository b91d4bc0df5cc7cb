// Runs the CLI as a user would (tsx in a child process) on small temp files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.join(__dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cli = path.join(root, 'scripts/align.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'align-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const en = file(
  'en.txt',
  [
    'North Korea fired two missiles on August 20th.',
    'Seoul expressed strong regret and urged the North to stop.',
    'This paragraph was never translated. It is much longer than its neighbours, runs to three sentences, and has no Korean counterpart. The aligner must leave it alone.',
    'Kwon Jong-gun(권정근) said talks would be between Pyongyang and Washington only.',
  ].join('\n\n'),
);
const ko = file(
  'ko.txt',
  [
    '북한은 8월 20일 미사일 2발을 발사했다.',
    '정부는 강한 유감을 표명하고 북한에 중단을 촉구했다.',
    '권정근은 대화는 북한과 미국 사이에서만 열릴 것이라고 말했다.',
  ].join('\n\n\n'),
);

describe('scripts/align.ts', () => {
  it('prints only the bead list with --json', () => {
    const out = execFileSync(tsx, [cli, en, ko, '--json'], { encoding: 'utf8' });
    const beads = JSON.parse(out) as { source: number[]; target: number[]; score: number }[];
    expect(beads.map((b) => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[3], [2]],
    ]);
    for (const b of beads) {
      expect(Object.keys(b)).toEqual(['source', 'target', 'score']);
      expect(b.score).toBeGreaterThanOrEqual(0);
      expect(b.score).toBeLessThanOrEqual(1);
    }
  });

  it('covers every paragraph exactly once, in order, even with empty files', () => {
    const empty = file('empty.txt', '\n\n');
    const out = JSON.parse(execFileSync(tsx, [cli, en, empty, '--json'], { encoding: 'utf8' }));
    expect(out.map((b: { source: number[] }) => b.source)).toEqual([[0], [1], [2], [3]]);
    expect(out.every((b: { target: number[] }) => b.target.length === 0)).toBe(true);
  });

  it('prints a side-by-side listing without --json', () => {
    const out = execFileSync(tsx, [cli, en, ko], { encoding: 'utf8' });
    expect(out).toContain('4 source and 3 target paragraphs');
    expect(out).toMatch(/\[3 ↔ –\]/);
    expect(out).toContain('│ 북한은 8월 20일');
  });

  it('exits 2 with a clear message for a missing file or wrong usage', () => {
    const missing = spawnSync(tsx, [cli, en, path.join(dir, 'nope.txt'), '--json'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/cannot read target file .*nope\.txt.*no such file/);
    const usage = spawnSync(tsx, [cli, en], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage:');
    const dirArg = spawnSync(tsx, [cli, dir, ko], { encoding: 'utf8' });
    expect(dirArg.status).toBe(2);
    expect(dirArg.stderr).toContain('is a directory');
  });

  it('adds sentence links with offsets under --sentences, keeping the bead fields', () => {
    const out = JSON.parse(execFileSync(tsx, [cli, en, ko, '--json', '--sentences'], { encoding: 'utf8' }));
    const source = readFileSync(en, 'utf8').split(/\n\s*\n/);
    expect(out.map((b: { source: number[] }) => b.source)).toEqual([[0], [1], [2], [3]]);
    const first = out[0];
    expect(Object.keys(first).slice(0, 3)).toEqual(['source', 'target', 'score']);
    expect(first.sentences).toEqual([{ source: [0], target: [0], score: 1 }]);
    expect(source[0]!.slice(first.sourceSentences[0].start, first.sourceSentences[0].end)).toBe(
      'North Korea fired two missiles on August 20th.',
    );
    expect(out[2].sentences).toEqual([]); // deleted paragraph: nothing to link
    const listing = execFileSync(tsx, [cli, en, ko, '--sentences'], { encoding: 'utf8' });
    expect(listing).toMatch(/· 1↔1 +North Korea fired two missiles/);
  });

  it('takes a DeepL glossary CSV as anchors, and refuses one without a usable term', () => {
    const terms = file('terms.csv', 'Jang Kum-chol,장금철\n');
    const a = file('a.txt', ['The envoy met Jang Kum-chol.', 'The envoy met the minister.', 'Talks ended.'].join('\n\n'));
    const b = file('b.txt', ['특사는 장관을 만났다.', '회담은 끝났다.'].join('\n\n'));
    const out = JSON.parse(execFileSync(tsx, [cli, a, b, '--json', '--glossary', terms], { encoding: 'utf8' }));
    expect(out.map((x: { source: number[]; target: number[] }) => [x.source, x.target])).toContainEqual([[0], []]);
    const bad = spawnSync(tsx, [cli, a, b, '--json', '--glossary', file('bad.csv', 'one field only\n')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('no usable term');
    const missing = spawnSync(tsx, [cli, a, b, '--glossary'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--glossary needs a CSV file');
  });
});
