// Codes and model names written in capitals and digits (F-35A, KN-23, B-52, COVID-19, G7, 5G,
// A380) must come through unchanged (Xbench's "alphanumeric mismatch"). Hyphens and spaces inside
// a code may vary (F-35A = F35A), and a few codes have a settled Korean form (COVID-19 → 코로나19).
// A code of the source the target lacks is an error; a code only the target has is a warning.
// Capitalised words with a number (Hwasong-17 → 화성-17형, Windows 11) are translated and are not codes.
// A subscript or superscript digit is the same digit (CO₂ = CO2, H₂O = H2O).
import type { SegmentCheck } from './check';
import { makeIssue, q } from './shared';
import { particleFor, PARTICLE_PAIRS } from '../names/particles';
import type { QaIssue, Span } from './types';

const ID = 'alphanumeric';
// Capitals and digits, at least one of each, optionally joined by hyphens: not glued to Latin
// letters or digits (a Korean particle may follow: F-35A를).
const CODE_RE = /(?<![A-Za-z\d\-‐]|\d[.,])(?=[A-Z\d\-‐]*\d)(?=[A-Z\d\-‐]*[A-Z])[A-Z\d]+(?:[-‐][A-Z\d]+)*(?![A-Za-z\d]|[-‐][A-Za-z\d])/g;
// Korean forms a code may take (normalised code → forms).
const KOREAN_FORMS: Record<string, string[]> = {
  COVID19: ['코로나19', '코로나바이러스감염증-19', '코로나 19'],
  G7: ['주요 7개국', '주요7개국'],
  G20: ['주요 20개국', '주요20개국'],
};

// A team's age limit in words (under-21, Under 23, under-17s): the code U-21 in Korean news.
const AGE_GROUP_RE = /\b[Uu]nder[- ](\d{2})(?=s?\b)/g;

const UNIT = /^\d+(?:GWH|MWH|KWH|GW|MW|KW|GB|MB|TB|KB|KM|CM|MM|KG|MT|B|M|T|K)$/;

interface Code extends Span {
  text: string;
  norm: string;
}

const SMALL_DIGIT = /[\u2070\u00B9\u00B2\u00B3\u2074-\u2079\u2080-\u2089]/;
const SMALL_DIGITS = new RegExp(SMALL_DIGIT.source, 'g');
const SMALL_DIGIT_VALUE: Record<string, string> = { '\u00B9': '1', '\u00B2': '2', '\u00B3': '3' };
/** Subscript and superscript digits as plain ones (one UTF-16 unit each, so offsets stay). */
export const plainDigits = (t: string) =>
  SMALL_DIGIT.test(t) ? t.replace(SMALL_DIGITS, (d) => SMALL_DIGIT_VALUE[d] ?? String(d.charCodeAt(0) & 0xf)) : t;

const norm = (s: string) => s.replace(/[-‐\s]/g, '').toUpperCase();

export function findCodes(text: string): Code[] {
  if (!/\d/.test(text) || !/[A-Z]/.test(text)) return [];
  const out: Code[] = [];
  for (const m of text.matchAll(CODE_RE)) {
    // A decade in capitals (1990S) and a number with a unit (100GW, 5KM, $3B) are the numbers
    // check's, not codes.
    if (/^\d+S$/.test(m[0]) || UNIT.test(m[0])) continue;
    out.push({ text: m[0], norm: norm(m[0]), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

export const alphanumericCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const sourceText = plainDigits(segment.sourceText);
    const targetText = plainDigits(segment.targetText);
    const src = findCodes(sourceText);
    const tgt = findCodes(targetText);
    if (src.length === 0 && tgt.length === 0) return [];
    const issues: QaIssue[] = [];
    const inTarget = new Set(tgt.map((c) => c.norm));
    const inSource = new Set(src.map((c) => c.norm));
    const compact = targetText.replace(/[-‐\s]/g, '').toUpperCase();
    // Each code once: a table repeating a code thousands of times searches the text once for it.
    const done = new Set<string>();
    for (const c of src) {
      if (done.has(c.norm)) continue;
      done.add(c.norm);
      if (inTarget.has(c.norm) || compact.includes(c.norm) || (KOREAN_FORMS[c.norm] ?? []).some((f) => targetText.includes(f))) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `missing:${c.norm}`,
          sourceSpan: { start: c.start, end: c.end },
          message: {
            en: `The code ${q(c.text)} is missing or changed in the translation.`,
            ko: `코드 ${q(c.text)}${particleFor(c.text, PARTICLE_PAIRS.subject)} 번역문에 없거나 바뀌었습니다.`,
          },
        }),
      );
    }
    // An age group in words is the code Korean writes (under-21 → U-21, 21세 이하(U-21)): no addition,
    // though not required either (21세 이하 alone renders it).
    const sourceCompact = sourceText
      .replace(AGE_GROUP_RE, 'U$1')
      .replace(/[-‐\s]/g, '')
      .toUpperCase();
    done.clear();
    for (const c of tgt) {
      if (done.has(c.norm)) continue;
      done.add(c.norm);
      // A code the document's English gives elsewhere (Group of 20 (G20), then "the group" → G20) is no addition.
      if (inSource.has(c.norm) || sourceCompact.includes(c.norm) || ctx.docSourceCompact?.().includes(c.norm)) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `extra:${c.norm}`,
          targetSpan: { start: c.start, end: c.end },
          message: {
            en: `The code ${q(c.text)} in the translation is not in the source.`,
            ko: `번역문의 코드 ${q(c.text)}${particleFor(c.text, PARTICLE_PAIRS.topic)} 원문에 없습니다.`,
          },
        }),
      );
    }
    return issues;
  },
};
