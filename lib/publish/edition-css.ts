// The web edition's stylesheet, also used verbatim when Chromium prints the PDF. Wide screens: the
// English and Korean paragraphs side by side, one row per pair; narrow screens: interleaved. The
// English / Korean / both toggle is a radio group read by :has(), so it works without JavaScript;
// its rules are kept apart because the printed page has no toggle.
//
// Typography (issue #21 item 5): Korean in Noto Serif CJK KR (Debian's fonts-noto-cjk), Latin in a
// face that pairs with it: Noto Serif CJK's own Latin (drawn from Source Serif, the same design
// family), or Source Serif 4 / Noto Serif where installed; no web fonts are downloaded, only local
// families. Headings and page furniture in Noto Sans CJK KR. Measure: each column 33em of 17px
// text, about 65-70 Latin characters a line and, with Korean set at .94em, about 38-42 Korean ones.
// `keep-all` keeps Korean words whole. The title block, credits, version and date are set like a
// book's title page. Print (PDF): two real columns across A4, English | Korean, names not underlined.
import { READER_CSS } from './reader-css';
export const EDITION_PRINT_CSS =
  `
.edition { --ed-ink: #1b1d21; --ed-muted: #5b616b; --ed-line: #d9dbe0; --ed-accent: #7a2e22;
  --ed-latin: 'Source Serif 4', 'Source Serif Pro', 'Noto Serif', 'Noto Serif CJK KR', Georgia, serif;
  --ed-cjk: 'Noto Serif CJK KR', 'Noto Serif KR', 'AppleMyungjo', 'Batang', serif;
  --ed-sans: 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', system-ui, sans-serif;
  --ed-measure: 33em;
  color: var(--ed-ink); background: #fff; border: 1px solid var(--ed-line); border-radius: 8px;
  padding: clamp(1rem, 4vw, 3.5rem) clamp(.75rem, 3vw, 2.5rem) 2.5rem;
  font-family: var(--ed-latin); font-size: 1.0625rem; line-height: 1.62; font-kerning: normal; text-rendering: optimizeLegibility;
  font-variant-numeric: oldstyle-nums proportional-nums; }
.edition :lang(en) { hyphens: auto; }
.edition :lang(ko) { font-family: var(--ed-cjk); word-break: keep-all; overflow-wrap: break-word; line-break: strict; hyphens: manual; }
.edition .trg:lang(ko), .edition .ed-note:lang(ko) { font-size: .94em; line-height: 1.8; }
.edition .ed-head { text-align: center; margin: 0 auto 2.25rem; max-width: 44rem; }
.edition h1 { font-family: var(--ed-latin); font-weight: 600; font-size: clamp(1.7rem, 1.2rem + 2.2vw, 2.6rem); line-height: 1.18; letter-spacing: -.005em; margin: 0 0 .9rem; text-wrap: balance; }
.edition h1 .title-trg { display: block; font-family: var(--ed-cjk); font-weight: 600; font-size: .72em; line-height: 1.35; margin-top: .45rem; letter-spacing: 0; }
.edition .ed-subtitle { margin: 0 0 1.4rem; font-size: 1.15rem; line-height: 1.45; color: #3c4048; text-wrap: balance; }
.edition .ed-subtitle span { display: block; }
.edition .ed-subtitle .sub-src { font-style: italic; }
.edition .ed-subtitle .sub-trg { font-size: .92em; margin-top: .2rem; }
.edition .ed-facts { display: flex; flex-wrap: wrap; justify-content: center; gap: .2rem 1.6rem; margin: 0 auto; padding-top: 1.1rem; max-width: 36rem;
  border-top: 1px solid var(--ed-line); color: var(--ed-muted); font: .82rem/1.5 var(--ed-sans); letter-spacing: .01em; }
.edition .ed-facts div { display: flex; gap: .45rem; align-items: baseline; }
.edition .ed-facts dt { text-transform: uppercase; font-size: .72rem; letter-spacing: .08em; }
.edition .ed-facts dt :lang(ko) { text-transform: none; letter-spacing: 0; }
.edition .ed-facts dd { margin: 0; color: var(--ed-ink); font-size: .9rem; }
.edition .ed-facts .ed-fact-small dd { font-variant-numeric: lining-nums tabular-nums; }
.edition .ed-note { max-width: var(--ed-measure); margin: 0 auto 2.25rem; padding: .2rem 0 .2rem 1.1rem; border-left: 2px solid var(--ed-accent); font-style: normal; }
.edition .ed-note h2 { font: 600 .78rem/1.4 var(--ed-sans); text-transform: uppercase; letter-spacing: .08em; color: var(--ed-accent); margin: 0 0 .4rem; }
.edition .ed-note p { margin: 0 0 .6rem; }
.edition .lang-toggle { display: flex; gap: .6rem; align-items: center; justify-content: center; flex-wrap: wrap; border: 0; border-top: 1px solid var(--ed-line); border-bottom: 1px solid var(--ed-line);
  padding: .45rem .8rem; margin: 0 auto 1.75rem; max-width: 44rem; font-family: var(--ed-sans); }
.edition .lang-toggle legend { float: left; padding: 0 .3rem 0 0; color: var(--ed-muted); font-size: .85rem; }
.edition .lang-toggle label { display: inline; margin: 0 .6rem 0 .2rem; color: var(--ed-ink); font-size: .95rem; cursor: pointer; }
.edition .lang-toggle input:focus-visible + label { outline: 2px solid #1f5fbf; outline-offset: 2px; }
.edition .ed-body { max-width: calc(2.5rem + 2 * var(--ed-measure) + 5rem); margin: 0 auto; }
.edition .pair { display: grid; grid-template-columns: 2.5rem minmax(0, var(--ed-measure)) minmax(0, var(--ed-measure)); column-gap: 2.5rem; justify-content: center; padding: .1rem 0; scroll-margin-top: 1rem; }
.edition .pair:target { background: #fff8dc; }
.edition .pair .pn { grid-column: 1; justify-self: end; margin-right: -1.4rem; color: var(--ed-muted); font: .72rem/1 var(--ed-sans); font-variant-numeric: tabular-nums; text-decoration: none; padding-top: .45rem; }
.edition .pair .src { grid-column: 2; }
.edition .pair .trg { grid-column: 3; }
.edition .pair p { margin: 0 0 1.05rem; }
.edition .pair h2, .edition .pair h3, .edition .pair h4, .edition .pair h5, .edition .pair h6 { font-family: var(--ed-sans); font-weight: 700; line-height: 1.35; margin: 1.4rem 0 .6rem; }
.edition .pair h2 { font-size: 1.2rem; } .edition .pair h3 { font-size: 1.08rem; } .edition .pair h4, .edition .pair h5, .edition .pair h6 { font-size: 1rem; }
.edition .pair-heading .pn { padding-top: 1.75rem; }
.edition .pair .li { padding-left: 1.2rem; text-indent: -1rem; }
.edition .pair .li::before { content: '• '; }
.edition .pair .li-2 { margin-left: 1.2rem; } .edition .pair .li-3 { margin-left: 2.4rem; } .edition .pair .li-4 { margin-left: 3.6rem; }
.edition .name { text-decoration: underline dotted #9aa0aa; text-decoration-thickness: 1px; text-underline-offset: .22em; cursor: help; position: relative; }
.edition .name:hover::after, .edition .name:focus::after { content: attr(title); position: absolute; left: 0; top: 100%; z-index: 2; white-space: nowrap;
  background: #1d1f23; color: #fff; font: .8rem/1.4 system-ui, sans-serif; padding: .15rem .4rem; border-radius: 4px; }
.edition .name:focus { outline: 2px solid #1f5fbf; outline-offset: 1px; }
.edition .name:target { background: #fff1b8; }
.edition .ed-names { max-width: calc(2 * var(--ed-measure) + 2.5rem); margin: 2.5rem auto 0; padding-top: 1rem; border-top: 1px solid var(--ed-line); }
.edition .ed-names h2 { font: 600 .78rem/1.4 var(--ed-sans); text-transform: uppercase; letter-spacing: .08em; color: var(--ed-muted); margin: 0 0 .75rem; }
.edition .ed-names h2 :lang(ko) { text-transform: none; letter-spacing: 0; }
.edition .ed-names-list { list-style: none; padding: 0; margin: 0; columns: 3 13rem; column-gap: 2.5rem; font-size: .95rem; }
.edition .ed-names-list li { break-inside: avoid; margin: 0 0 .35rem; }
.edition .ed-names-list .nm-ko { font-family: var(--ed-cjk); font-weight: 600; color: var(--ed-ink); text-decoration: none; border-bottom: 1px solid #c9ccd3; }
.edition .ed-names-list .nm-ko:hover, .edition .ed-names-list .nm-ko:focus-visible { border-bottom-color: var(--ed-accent); }
.edition .ed-names-list .nm-rom { color: var(--ed-muted); font-style: italic; margin-left: .35rem; }
@media screen and (max-width: 47.99rem) {
  .edition { border: 0; border-radius: 0; font-size: 1.0625rem; }
  .edition .pair { grid-template-columns: 1.1rem minmax(0, 1fr); column-gap: .55rem; }
  .edition .pair .pn { font-size: .62rem; padding-top: .5rem; margin-right: 0; }
  .edition .pair .trg { grid-column: 2; }
  .edition .pair .src + .trg { margin-bottom: .9rem; }
  .edition .pair .src p { margin-bottom: .45rem; }
  .edition .lang-toggle { gap: .2rem; padding: .4rem 0; }
  .edition .lang-toggle label { margin: 0 .35rem 0 .1rem; }
  .edition .lang-toggle legend { float: none; width: 100%; text-align: center; padding: 0 0 .15rem; }
}
.ed-nav { margin: 1.25rem auto; max-width: 44rem; font-family: 'Noto Sans CJK KR', system-ui, sans-serif; }
.ed-nav h2 { font-size: 1rem; margin: 1rem 0 .5rem; }
.ed-downloads, .ed-versions { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
.ed-old { background: #fff8dc; padding: .5rem .8rem; border-radius: 6px; }
@page { size: A4; margin: 18mm 15mm 18mm; }
@media print {
  .edition { border: 0; padding: 0; font-size: 10pt; line-height: 1.46; max-width: none; }
  .edition .trg:lang(ko) { line-height: 1.66; }
  .edition .lang-toggle, .ed-nav, .topbar, .skip-link { display: none !important; }
  .edition .ed-head { margin-bottom: 9mm; }
  .edition h1 { font-size: 22pt; }
  .edition .ed-subtitle { font-size: 12pt; }
  .edition .ed-body, .edition .ed-names, .edition .ed-note { max-width: none; }
  .edition .pair { grid-template-columns: 5mm minmax(0, 1fr) minmax(0, 1fr); column-gap: 6mm; justify-content: stretch; }
  .edition .pair .pn { font-size: 6.5pt; padding-top: 1.2mm; margin-right: 0; }
  .edition .pair p { margin-bottom: 2.2mm; orphans: 2; widows: 2; }
  .edition .pair-heading { break-after: avoid; break-inside: avoid; }
  .edition .name { text-decoration: none; cursor: auto; }
  .edition .name::after { content: none !important; }
  .edition a { color: inherit; text-decoration: none; }
  .edition .ed-names { break-before: auto; margin-top: 8mm; }
  .edition .ed-names-list { columns: 3; font-size: 9pt; }
  .edition .ed-names-list .nm-ko { border-bottom: 0; }
  main { max-width: none; padding: 0; }
  html, body { background: #fff; }
}
` + READER_CSS; // notes and sentence links (reader-css.ts)

/** The toggle's rules: only the web page has the radios, so the printed page leaves these out. */
const TOGGLE_CSS = `
main:has(> div > .edition) { max-width: 86rem; }
@media screen and (max-width: 47.99rem) { main:has(> div > .edition) { padding: .75rem .4rem; } }
.edition:has(#ed-lang-src:checked) .pair .trg, .edition:has(#ed-lang-trg:checked) .pair:not(.pair-src-only) .src { display: none; }
.edition:has(#ed-lang-src:checked) .pair, .edition:has(#ed-lang-trg:checked) .pair { grid-template-columns: 2.5rem minmax(0, var(--ed-measure)); }
.edition:has(#ed-lang-trg:checked) .pair .trg { grid-column: 2; }
@media screen and (max-width: 47.99rem) {
  .edition:has(#ed-lang-src:checked) .pair, .edition:has(#ed-lang-trg:checked) .pair { grid-template-columns: 1.1rem minmax(0, 1fr); }
}
`;

export const EDITION_CSS = EDITION_PRINT_CSS + TOGGLE_CSS;
