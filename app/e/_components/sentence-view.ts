// The web edition's "sentence by sentence" view (for edition-reader.tsx): the Paragraphs / Sentence by
// sentence buttons, and the view itself, built on first use from clones of the pair's sentences,
// one linked pair under the other. DOM methods only, from the page's own nodes: no HTML strings.

/** A copy of a sentence for the sentence-by-sentence view: no ids (they stay unique), no note popovers. */
function cloneSentence(s: Element): Element {
  const c = s.cloneNode(true) as Element;
  for (const el of c.querySelectorAll('.noteref-wrap, .note-pop')) el.remove();
  for (const el of [c, ...c.querySelectorAll('[id]')]) el.removeAttribute('id');
  return c;
}

function buildSentenceView(pair: Element) {
  if (pair.querySelector(':scope > .sxs')) return;
  const src = pair.querySelector(':scope > .src');
  const trg = pair.querySelector(':scope > .trg');
  if (!src || !trg) return;
  const keys: string[] = [];
  for (const s of pair.querySelectorAll<HTMLElement>('.s[data-s]')) if (!keys.includes(s.dataset.s!)) keys.push(s.dataset.s!);
  if (!keys.length) return;
  const view = document.createElement('div');
  view.className = 'sxs';
  for (const key of keys) {
    const item = document.createElement('div');
    item.className = 'sxs-pair';
    for (const side of [src, trg]) {
      const p = document.createElement('p');
      p.lang = side.getAttribute('lang') ?? '';
      side.querySelectorAll(`.s[data-s="${CSS.escape(key)}"]`).forEach((s, i) => {
        if (i) p.append(' ');
        p.append(cloneSentence(s));
      });
      item.append(p);
    }
    view.append(item);
  }
  pair.append(view);
}

export function viewControls(article: Element, body: Element): HTMLElement {
  const group = document.createElement('div');
  group.className = 'ed-view';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'View · 보기');
  const make = (label: [string, string], sentences: boolean) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary small';
    b.dataset.view = sentences ? 'sentences' : 'paragraphs';
    const en = document.createElement('span');
    en.lang = 'en';
    en.textContent = label[0];
    const ko = document.createElement('span');
    ko.lang = 'ko';
    ko.textContent = label[1];
    b.append(en, ' · ', ko);
    b.setAttribute('aria-pressed', String(!sentences));
    b.addEventListener('click', () => {
      if (sentences) for (const pair of body.querySelectorAll('.pair')) buildSentenceView(pair);
      article.classList.toggle('sxs-view', sentences);
      for (const other of group.querySelectorAll('button')) other.setAttribute('aria-pressed', String(other === b));
    });
    return b;
  };
  group.append(make(['Paragraphs', '문단'], false), make(['Sentence by sentence', '문장별'], true));
  return group;
}
