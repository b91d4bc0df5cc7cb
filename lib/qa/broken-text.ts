// Broken characters: U+FFFD (a byte sequence the decoder could not read), mojibake and control
// characters. Mojibake: UTF-8 read as Latin-1/Windows-1252 (통일부 → í†µì¼ë¶€, the lead bytes of
// Hangul become ê ë ì í followed by two characters from the 0x80–0xBF range); EUC-KR/CP949 read
// as Latin-1 (외교부 → ¿Ü±³ºÎ: pairs of a lead byte 0xB0–0xC8 and a trail byte 0xA1–0xFE); UTF-8
// read as CP949 (법원의 → 踰뺤썝?쓽: hanja beside syllables outside the 2,350 of KS X 1001, which
// Korean prose all but never uses); UTF-8 read through any other legacy code page, single- or
// double-byte, or as UTF-16 (legacy-decoders.ts), or garbled twice (mojibake-twice.ts); EUC-KR read
// through any of those (euc-kr-misread.ts);
// Korean left as escape codes (escaped-text.ts). Korean text never contains these; the source is consulted only to leave
// alone foreign words it quotes.
import { isKsX1001Syllable } from './ks-x-1001';
import { MAY_HOLD_LEGACY, MAY_HOLD_UTF16, utf8AsLegacyCodePage, utf8AsUtf16 } from './legacy-decoders';
import type { SegmentCheck } from './check';
import { eucKrAsLegacyCodePage } from './euc-kr-misread';
import { boxRuns } from './broken-text-boxes';
import { escapedHangul } from './escaped-text';
import { utf8MisreadTwice } from './mojibake-twice';
import { makeIssue, q, uniqueKeys } from './shared';
import type { QaIssue } from './types';

const ID = 'broken-text';
// Windows-1252 renderings of the bytes 0x80–0x9F, and Latin-1 0xA0–0xBF.
const CONT =
  '\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178';
// A 3-byte UTF-8 sequence (lead Ã  — ï) misread, at least twice in a row: one accented letter
// followed by a quote mark is ordinary text, two in a row is not.
const MOJIBAKE_RE = new RegExp(`(?:[\\u00E0-\\u00EF][${CONT}]{2}){2,}|(?:[\\u00C2\\u00C3][${CONT}]){2,}`, 'g');
// EUC-KR read as Latin-1: two Hangul (or more) in a row, so one accented capital before a symbol
// (°C, Ä±) is not enough.
const EUCKR_LATIN_RE = /(?:[\u00B0-\u00C8][\u00A1-\u00FE]){2,}/g;
// UTF-8 read as CP949: a word with a hanja and two syllables outside KS X 1001 (undecodable bytes
// become � or a saved ?).
const WORD_RE = /[\u3400-\u9FFF\uF900-\uFAFF\uAC00-\uD7A3?\uFFFD\u0400-\u04FF\u2460-\u24FF]{3,}/g;
function utf8AsCp949(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of t.matchAll(WORD_RE)) {
    let hanja = false;
    let rare = 0;
    for (const c of m[0]) {
      const x = c.charCodeAt(0);
      if ((x >= 0x3400 && x <= 0x9fff) || (x >= 0xf900 && x <= 0xfaff)) hanja = true;
      else if (x >= 0xac00 && x <= 0xd7a3 && !isKsX1001Syllable(x)) rare++;
    }
    if (hanja && rare >= 2) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
const BOX_MESSAGES = {
  'private-use': {
    en: 'a private-use character (a glyph of one font or program, such as a symbol-font bullet) that shows as a box elsewhere',
    ko: '특정 글꼴이나 프로그램에서만 보이는 사용자 정의 영역 문자(기호 글꼴의 글머리표 등)가 있습니다. 다른 환경에서는 네모 상자로 보입니다.',
  },
  'lone-surrogate': {
    en: 'half of a character (a lone surrogate, as of an emoji cut in two) that cannot be displayed',
    ko: '반쪽만 남은 문자(잘린 이모지 등의 단독 서로게이트)가 있습니다. 화면에 제대로 표시되지 않습니다.',
  },
  noncharacter: {
    en: 'a noncharacter (such as U+FFFE, a byte-order mark read in the wrong byte order) that is no text',
    ko: '문자가 아닌 코드(바이트 순서를 거꾸로 읽은 BOM인 U+FFFE 등)가 있습니다.',
  },
  'question-marks': {
    en: 'a word written as question marks (????): Korean saved through a field that cannot hold it',
    ko: '물음표로 바뀐 낱말(????)이 있습니다. 한글을 저장할 수 없는 입력란이나 인코딩을 거치며 글자가 사라졌습니다.',
  },
};
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const brokenTextCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const t = segment.targetText;
    const issues: QaIssue[] = [];
    // U+FFFD, and the object replacement character U+FFFC an editor leaves where an embedded object
    // (an emoji or an image of a chat message, a web page's icon) could not be pasted as text, unless
    // the source holds the same object.
    const fffd = t.search(segment.sourceText.includes('\uFFFC') ? /\uFFFD/ : /[\uFFFD\uFFFC]/);
    if (fffd >= 0) {
      let end = fffd;
      while (t[end] === '\uFFFD' || t[end] === '\uFFFC') end++;
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
    // Private-use glyphs, lone surrogates, noncharacters and a word of ???? (broken-text-boxes.ts).
    for (const b of boxRuns(t, segment.sourceText)) {
      const what = BOX_MESSAGES[b.kind];
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: b.kind,
          targetSpan: { start: b.start, end: b.end },
          message: { en: `The translation contains ${what.en}.`, ko: `번역문에 ${what.ko}` },
        }),
      );
    }
    const garbled = (targetSpan: { start: number; end: number }, en: string, ko: string) =>
      issues.push(makeIssue(ID, ctx.locale, { severity: 'error', key: 'mojibake', targetSpan, message: { en, ko } }));
    if (/[\u00C2-\u00EF]/.test(t)) {
      for (const m of t.matchAll(MOJIBAKE_RE)) {
        garbled(
          { start: m.index!, end: m.index! + m[0].length },
          `Garbled text ${q(m[0], 20)}: UTF-8 read with the wrong encoding.`,
          `글자가 깨졌습니다 ${q(m[0], 20)}. UTF-8 문자를 잘못된 인코딩으로 읽었습니다.`,
        );
      }
    }
    const legacy = [
      ...(/[\u00B0-\u00C8]/.test(t) ? [...t.matchAll(EUCKR_LATIN_RE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })) : []),
    ];
    if (/[\u3400-\u9FFF\uF900-\uFAFF]/.test(t)) legacy.push(...utf8AsCp949(t));
    if (MAY_HOLD_LEGACY.test(t))
      legacy.push(...utf8AsLegacyCodePage(t), ...eucKrAsLegacyCodePage(t, segment.sourceText), ...utf8MisreadTwice(t));
    if (MAY_HOLD_UTF16.test(t)) legacy.push(...utf8AsUtf16(t));
    for (const m of legacy) {
      if (issues.some((i) => i.targetSpan && i.key.endsWith('mojibake') && i.targetSpan.start < m.end && m.start < i.targetSpan.end))
        continue;
      const text = t.slice(m.start, m.end);
      garbled(
        m,
        `Garbled text ${q(text, 20)}: Korean text (EUC-KR/CP949 or UTF-8) read with the wrong encoding.`,
        `글자가 깨졌습니다 ${q(text, 20)}. 한국어 문자(EUC-KR/CP949 또는 UTF-8)를 잘못된 인코딩으로 읽었습니다.`,
      );
    }
    for (const m of /[%\\=+&]/.test(t) ? escapedHangul(t) : []) {
      const text = t.slice(m.start, m.end);
      garbled(
        m,
        `Garbled text ${q(text, 20)}: Korean text left as escape codes (%XX of a web address, =XX of an e-mail, \\uXXXX, \\xXX or &#NNNNN; of HTML).`,
        `글자가 깨졌습니다 ${q(text, 20)}. 한국어 문자가 이스케이프 코드(웹 주소의 %XX, 이메일의 =XX, \\uXXXX, \\xXX, HTML의 &#NNNNN;)로 남아 있습니다.`,
      );
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
