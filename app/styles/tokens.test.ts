// WCAG AA for the design tokens, in both themes: text 4.5:1 on the surfaces it sits on, controls'
// borders and the focus ring 3:1. Also: the dark values written twice in tokens.css are the same.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/lib/ui/contrast';

const css = readFileSync(path.join(__dirname, 'tokens.css'), 'utf8');

function block(selector: string): string {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no block ${selector}`);
  return css.slice(at, css.indexOf('}', at));
}
function vars(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}
const light = vars(block(':root'));
const dark = { ...light, ...vars(block(":root[data-theme='dark']")) };

const TEXT = ['--ink', '--muted', '--accent', '--danger', '--ok', '--warning'];
const STATES = ['empty', 'draft', 'translated', 'approved', 'rejected'].map((s) => `--state-${s}`);
const SEVS = ['neutral', 'minor', 'major', 'critical'].map((s) => `--sev-${s}`);

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, t) => {
  it.each([...TEXT, ...STATES, ...SEVS])('%s reads at 4.5:1 on the surfaces', (v) => {
    for (const bg of ['--surface', '--bg', '--surface-2'])
      expect(contrastRatio(t[v]!, t[bg]!), `${v} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
  it('state and severity text reads on its own tint', () => {
    for (const s of ['draft', 'translated', 'approved', 'rejected'])
      expect(contrastRatio(t[`--state-${s}`]!, t[`--state-${s}-soft`]!), s).toBeGreaterThanOrEqual(4.5);
    for (const s of ['neutral', 'minor', 'major', 'critical'])
      expect(contrastRatio(t[`--sev-${s}`]!, t[`--sev-${s}-soft`]!), s).toBeGreaterThanOrEqual(4.5);
  });
  it('buttons, accent tints, control borders and focus', () => {
    expect(contrastRatio(t['--accent-ink']!, t['--accent']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(t['--accent-ink']!, t['--accent-hover']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(t['--ink']!, t['--accent-soft']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(t['--line-strong']!, t['--surface']!)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(t['--focus']!, t['--surface']!)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(t['--focus']!, t['--bg']!)).toBeGreaterThanOrEqual(3);
  });
});

it('the system-dark copy equals the chosen-dark block', () => {
  const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
  expect(vars(block(":root:not([data-theme='light'])").replace(/^[\s\S]*?\{/, '') + '}')).toEqual(vars(block(":root[data-theme='dark']")));
  expect(media).toContain(":root:not([data-theme='light'])");
});
