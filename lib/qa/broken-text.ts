// Broken characters: U+FFFD (a byte sequence the decoder could not read), mojibake (UTF-8 read as
// Latin-1/Windows-1252: 통일부 → í†µì¼ë¶€, the lead bytes of Hangul become ê ë ì í followed by
// two characters from the 0x80–0xBF range), and control characters. Korean text never contains
// these; the source is not consulted.
import type { SegmentCheck } from './check';
import { makeIssue, q, uniqueKeys } from './shared';
import type { QaIssue } from './types';

const ID = 'broken-text';
// Windows-1252 renderings of the bytes 0x80–0x9F, and Latin-1 0xA0–0xBF.
const CONT =
  '\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178';
// A 3-byte UTF-8 sequence (lead Ã  — ï) misread, at least twice in a row: one accented letter
// followed by a quote mark is ordinary text, two in a row is not.
const MOJIBAKE_RE = new RegExp(`(?:[\\u00E0-\\u00EF][${CONT}]{2}){2,}|(?:[\\u00C2\\u00C3][${CONT}]){2,}`, 'g');
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const brokenTextCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const t = segment.targetText;
    const issues: QaIssue[] = [];
    const fffd = t.indexOf('\uFFFD');
    if (fffd >= 0) {
      let end = fffd;
      while (t[end] === '\uFFFD') end++;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: 'replacement-char',
          targetSpan: { start: fffd, end },
          message: {
            en: 'The translation contains a broken character (�): part of the text could not be read.',
            ko: '번역문에 깨진 문자(�)가 있습니다. 일부 글자를 읽지 못했습니다.',
          },
        }),
      );
    }
    if (/[\u00C2-\u00EF]/.test(t)) {
      for (const m of t.matchAll(MOJIBAKE_RE)) {
        issues.push(
          makeIssue(ID, ctx.locale, {
            severity: 'error',
            key: 'mojibake',
            targetSpan: { start: m.index!, end: m.index! + m[0].length },
            message: {
              en: `Garbled text ${q(m[0], 20)}: UTF-8 read with the wrong encoding.`,
              ko: `글자가 깨졌습니다 ${q(m[0], 20)}. UTF-8 문자를 잘못된 인코딩으로 읽었습니다.`,
            },
          }),
        );
      }
    }
    const ctl = CONTROL_RE.exec(t);
    CONTROL_RE.lastIndex = 0;
    if (ctl) {
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: 'control-char',
          targetSpan: { start: ctl.index, end: ctl.index + 1 },
          message: { en: 'The translation contains an invisible control character.', ko: '번역문에 보이지 않는 제어 문자가 있습니다.' },
        }),
      );
    }
    return uniqueKeys(issues);
  },
};
