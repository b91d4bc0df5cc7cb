// Markup of other pipelines left in the Korean (markup.ts reports them with the rest):
// - LaTeX from a TeX draft: a formatting or structure command with its brace argument (\textbf{71\%},
//   \emph{…}, \footnote{…}, \section{…}, \begin{…}) and an escaped special character after a figure
//   or Hangul (71\%, R\&D written R\&D, 연구\&개발). Math commands (\frac, \sqrt, \displaystyle) are not
//   listed: a formula quoted in the text keeps them on purpose;
// - XML: a CDATA section's opener <![CDATA[ or its closer ]]> (a feed or a CMS export wraps text in
//   them), and a processing instruction <?xml …?>.
// Reported as the command or the marker itself, so the source's own code allows the translated one.

const LATEX_WORDS =
  'textbf|textit|textrm|textsf|texttt|textsc|textup|textsl|textmd|textnormal|emph|underline|uline|sout|' +
  'section|subsection|subsubsection|paragraph|chapter|part|footnote|footnotetext|caption|title|author|' +
  'cite|citep|citet|ref|eqref|label|href|url|mbox|hbox|fbox|textcolor|colorbox|hl|begin|end|item|newline|' +
  'noindent|hline|vspace|hspace|small|large|Large|tiny|footnotesize|bfseries|itshape';
// A command with its argument ({ or [), or a bare structure command followed by a space or Hangul.
const LATEX_RE = new RegExp(
  `(?<![A-Za-z\\\\])\\\\(?:(?:${LATEX_WORDS})(?=[{[])|(?:item|newline|noindent|hline|bfseries|itshape)(?=[\\s가-힣]))`,
  'g',
);
// An escaped special character after a figure or Hangul: 71\%, 연구\&개발.
const LATEX_ESCAPE_RE = /(?<=[\p{N}가-힣])\\[%&]/gu;
const XML_RE = /<!\[CDATA\[|\]\]>|<\?xml[^<>\n]{0,200}\?>/g;

export function findCode(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  if (text.includes('\\')) {
    for (const m of text.matchAll(LATEX_RE)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
    for (const m of text.matchAll(LATEX_ESCAPE_RE)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  if (text.includes(']]>') || text.includes('<!') || text.includes('<?'))
    for (const m of text.matchAll(XML_RE))
      out.push({ text: m[0].startsWith('<?') ? '<?xml ?>' : m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}
