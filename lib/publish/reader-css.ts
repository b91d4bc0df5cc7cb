// Styles of the reader features in the web edition and its print (PDF): note markers, their
// popovers, the notes section, the per-block footnotes of the printed page, and the sentence
// highlights and "sentence by sentence" view that the reader script switches on (.ed-js). Appended
// to the edition stylesheet (edition-css.ts).
export const READER_CSS = `
.edition .noteref-wrap { line-height: 0; }
.edition .noteref { display: inline-block; min-width: 24px; height: 24px; margin: -8px -6px -8px -4px; padding: 0 3px; border: 0; border-radius: 4px;
  background: transparent; color: #1f5fbf; font: 600 .72rem/24px system-ui, sans-serif; cursor: pointer; vertical-align: super; }
.edition .noteref:hover { background: #e8f0fc; }
.edition .noteref:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 1px; }
.edition .note-pop { max-width: min(24rem, calc(100vw - 2rem)); margin: auto; padding: .6rem .8rem; border: 1px solid #9aa3b2; border-radius: 6px;
  background: #fff; color: #1d1f23; box-shadow: 0 6px 24px rgba(0,0,0,.18); font: .95rem/1.55 var(--ed-latin, serif); text-align: left; }
.edition .note-pop:popover-open { display: block; }
.edition .note-pop.placed { position: fixed; margin: 0; inset: auto; }
.edition .note-pop-num { font: 600 .8rem system-ui, sans-serif; color: #5d636e; }
.edition .note-pop-all { display: block; margin-top: .35rem; font-size: .85rem; }
.edition .pair-notes { display: none; }
.edition .ed-notes { margin-top: 2rem; border-top: 1px solid var(--ed-line, #d9dbe0); padding-top: .5rem; }
.edition .ed-notes h2 { font-size: 1.05rem; }
.edition .ed-notes-list { padding-left: 1.6rem; font-size: .95rem; }
.edition .ed-notes-list li { margin: .25rem 0; scroll-margin-top: 1rem; }
.edition .ed-notes-list li:target { background: #fff8dc; }
.edition .note-back { padding: 0 .3rem; }
.edition.ed-js .s { border-radius: 3px; transition: background-color .12s; }
.edition.ed-js .s:focus { outline: none; }
.edition.ed-js .s:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 1px; }
.edition.ed-js .s.s-hl { background: #fdeeb0; box-shadow: 0 0 0 2px #fdeeb0; }
.edition .ed-view { display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; margin: 0 0 1rem; font-size: .95rem; }
.edition .ed-view button[aria-pressed="true"] { font-weight: 600; text-decoration: underline; }
.edition .sxs { display: none; grid-column: 2 / -1; margin: .2rem 0 .8rem; }
.edition.sxs-view .pair:has(.sxs) > .src, .edition.sxs-view .pair:has(.sxs) > .trg { display: none; }
.edition.sxs-view .sxs { display: block; }
.edition .sxs-pair { margin: 0 0 .7rem; padding-left: .6rem; border-left: 3px solid var(--ed-line, #d9dbe0); }
.edition .sxs-pair p { margin: 0 0 .15rem; }
.edition .sxs-pair p:lang(ko) { color: #1d1f23; }
@media print {
  .edition .note-pop, .edition .ed-notes, .edition .ed-view { display: none !important; }
  .edition .noteref { min-width: 0; height: auto; margin: 0; padding: 0; color: inherit; font: inherit; font-size: .7em; line-height: 1; vertical-align: super; }
  .edition .s.s-hl { background: none; box-shadow: none; }
  .edition .pair-notes { display: block; grid-column: 2 / -1; list-style: none; margin: .1rem 0 .6rem; padding: .25rem 0 0; border-top: .5pt solid #999;
    font-size: 8pt; line-height: 1.4; break-inside: avoid; }
  .edition .pair-notes .fn-num { font-weight: 600; }
  /* A block with notes is not split across pages, so its notes print on the page of their markers. */
  .edition .pair:has(> .pair-notes) { break-inside: avoid; }
}
`;
