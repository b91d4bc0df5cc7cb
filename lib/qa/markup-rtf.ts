// RTF left in the Korean: what a Word or WordPad RTF export, or a CAT tool's RTF clipboard, leaves when
// the text is pasted as plain characters — a formatting group ({\b 찬성 181표}, {\i …}, {\fs24 …}), a
// destination ({\*\…}), the header ({\rtf1\ansi …}) or a control word alone (\par, \line, \tab,
// \b0, \ulnone, \cf2, \highlight3). A control word is a backslash, lowercase ASCII letters and an
// optional number. A backslash and a word that RTF does not define (a path C:\Users\, an escape \n
// or \t of program text) is not taken for RTF; a one-letter word (\b, \i, \f) only counts inside a
// group's opening brace or with a number (\b0, \f1), since a lone \b is also a regular expression's
// word boundary. Reported as the group's opening ({\b) or the control word itself, unless the source
// has it too (markup.ts reports them with the other markup).

/** RTF control words that a pasted fragment carries (formatting, paragraphs, fonts, colours, header). */
const WORDS = new Set(
  (
    'b i ul ulnone uld ulw uldb strike striked caps scaps v sub super nosupersub up dn par pard line tab page sect ' +
    'sectd plain f fs cf cb chcbpat highlight lang langfe langnp loch hich dbch rtlch ltrch ql qr qc qj li ri fi sa sb sl ' +
    'slmult s cs rtf ansi ansicpg mac pc pca deff deflang fonttbl colortbl stylesheet info generator viewkind uc ' +
    'fnil froman fswiss fmodern fcharset fprq red green blue emdash endash bullet lquote rquote ldblquote rdblquote ' +
    'field fldinst fldrslt hyperlink nowidctlpar widctlpar insrsid charrsid rsid pararsid'
  ).split(' '),
);
// An optional opening brace (and the * of a destination), a backslash, the control word and its
// number. The backslash may not follow a Latin letter or a backslash (a path's folder, an escaped
// backslash) unless it chains on the control word before it (\ansi\deff0); Hangul may come right
// before it, as RTF text runs into its control words (181표\par).
const RTF_RE = /(\{\s?(?:\\\*)?)?\\([a-z]{1,32})(-?\d{1,10})?(?![a-z])/g;

export function findRtf(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  if (!text.includes('\\')) return out;
  let chain = -1;
  for (const m of text.matchAll(RTF_RE)) {
    const [all, brace, word, num] = m;
    if (!WORDS.has(word!)) continue;
    if (!brace && m.index !== chain && /[A-Za-z\\]/.test(text[m.index! - 1] ?? '')) continue;
    // A one-letter word outside a group's opening and without a number: too like other backslash text.
    if (word!.length === 1 && !brace && num === undefined) continue;
    out.push({ text: brace ? `{\\${word}${num ?? ''}` : all, start: m.index!, end: m.index! + all.length });
    chain = m.index! + all.length;
  }
  return out;
}
