// The web edition's stylesheet, also used verbatim when Chromium prints the PDF. Wide screens: the
// English and Korean paragraphs side by side, one row per pair; narrow screens: interleaved. The
// English / Korean / both toggle is a radio group read by :has(), so it works without JavaScript;
// its rules are kept apart because the printed page has no toggle.
export const EDITION_PRINT_CSS = `
.edition { --ed-ink: #1d1f23; --ed-muted: #5d636e; --ed-line: #d9dbe0;
  --ed-latin: 'Noto Serif', Georgia, 'Times New Roman', serif;
  --ed-cjk: 'Noto Serif CJK KR', 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif;
  color: var(--ed-ink); background: #fff; border: 1px solid var(--ed-line); border-radius: 8px; padding: 1.5rem clamp(1rem, 3vw, 2.5rem);
  font-family: var(--ed-latin), var(--ed-cjk); line-height: 1.6; }
.edition :lang(ko) { font-family: var(--ed-cjk); word-break: keep-all; overflow-wrap: break-word; line-height: 1.85; }
.edition h1 { font-size: 1.9rem; line-height: 1.3; margin: 0 0 1rem; }
.edition h1 .title-trg { display: block; font-size: 1.55rem; margin-top: .35rem; }
.edition .ed-facts { display: flex; flex-wrap: wrap; gap: .35rem 1.5rem; margin: 0 0 1rem; color: var(--ed-muted); font-size: .92rem; }
.edition .ed-facts div { display: flex; gap: .4rem; }
.edition .ed-facts dt::after { content: ':'; }
.edition .ed-facts dd { margin: 0; color: var(--ed-ink); }
.edition .ed-override { border-left: 4px solid #c58e00; background: #fff8dc; padding: .5rem .8rem; margin: 0 0 1rem; }
.edition .lang-toggle { display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; border: 1px solid var(--ed-line); border-radius: 6px; padding: .4rem .8rem; margin: 0 0 1.25rem; }
.edition .lang-toggle legend { padding: 0 .3rem; color: var(--ed-muted); font-size: .9rem; }
.edition .lang-toggle label { display: inline; margin: 0 .6rem 0 .2rem; color: var(--ed-ink); font-size: 1rem; cursor: pointer; }
.edition .lang-toggle input:focus-visible + label { outline: 2px solid #1f5fbf; outline-offset: 2px; }
.edition .pair { display: grid; grid-template-columns: 2.25rem minmax(0, 1fr) minmax(0, 1fr); column-gap: 1.75rem; padding: .15rem 0; scroll-margin-top: 1rem; }
.edition .pair:target { background: #fff8dc; }
.edition .pair .pn { grid-column: 1; color: var(--ed-muted); font-size: .78rem; text-decoration: none; padding-top: .3rem; font-family: system-ui, sans-serif; }
.edition .pair .src { grid-column: 2; }
.edition .pair .trg { grid-column: 3; }
.edition .pair p, .edition .pair h2, .edition .pair h3, .edition .pair h4, .edition .pair h5, .edition .pair h6 { margin: .2rem 0 .8rem; }
.edition .pair .li { padding-left: 1.2rem; text-indent: -1rem; }
.edition .pair .li::before { content: '• '; }
.edition .pair .li-2 { margin-left: 1.2rem; } .edition .pair .li-3 { margin-left: 2.4rem; } .edition .pair .li-4 { margin-left: 3.6rem; }
.edition .missing { color: var(--ed-muted); font-style: italic; }
.edition .name { text-decoration: underline dotted; text-underline-offset: .2em; cursor: help; position: relative; }
.edition .name:hover::after, .edition .name:focus::after { content: attr(title); position: absolute; left: 0; top: 100%; z-index: 2; white-space: nowrap;
  background: #1d1f23; color: #fff; font: .8rem/1.4 system-ui, sans-serif; padding: .15rem .4rem; border-radius: 4px; }
.edition .name:focus { outline: 2px solid #1f5fbf; outline-offset: 1px; }
@media (max-width: 47.99rem) {
  .edition .pair { grid-template-columns: 1.75rem minmax(0, 1fr); }
  .edition .pair .trg { grid-column: 2; }
  .edition .pair .src + .trg { margin-bottom: .6rem; }
}
.ed-nav { margin: 1.25rem 0; }
.ed-nav h2 { font-size: 1.05rem; margin: 1rem 0 .5rem; }
.ed-downloads, .ed-versions { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
.ed-old { background: #fff8dc; padding: .5rem .8rem; border-radius: 6px; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  .edition { border: 0; padding: 0; font-size: 10.5pt; }
  .edition .lang-toggle, .ed-nav, .topbar, .skip-link { display: none !important; }
  .edition .pair { grid-template-columns: 1.4rem minmax(0, 1fr) minmax(0, 1fr); column-gap: 6mm; break-inside: avoid; }
  .edition .pair .pn { font-size: 7pt; }
  .edition .name::after { content: none !important; }
  .edition a { color: inherit; text-decoration: none; }
  main { max-width: none; padding: 0; }
  html, body { background: #fff; }
}
`;

/** The toggle's rules: only the web page has the radios, so the printed page leaves these out. */
const TOGGLE_CSS = `
.edition:has(#ed-lang-src:checked) .pair .trg, .edition:has(#ed-lang-trg:checked) .pair .src { display: none; }
.edition:has(#ed-lang-src:checked) .pair, .edition:has(#ed-lang-trg:checked) .pair { grid-template-columns: 2.25rem minmax(0, 1fr); max-width: 48rem; }
.edition:has(#ed-lang-trg:checked) .pair .trg { grid-column: 2; }
`;

export const EDITION_CSS = EDITION_PRINT_CSS + TOGGLE_CSS;
