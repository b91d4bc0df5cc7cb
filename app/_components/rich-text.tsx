// Renders a segment's TipTap JSON as React elements: text is always escaped by React, links only
// keep safe hrefs. It walks the same tree as renderInlineHtml (lib/editor/doc.ts), so marks nest as
// the editor schema (lib/editor/extensions.ts) nests them; overlapping decorations nest per piece.
import { inlineTree, type InlineDecoration, type InlineTree, type SegmentDoc } from '@/lib/editor/doc';
import type { ReactNode } from 'react';

/** HTML attribute names as React props (class → className; data-*, title, aria-* pass as they are). */
function props(attrs: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) out[k === 'class' ? 'className' : k === 'tabindex' ? 'tabIndex' : k] = v;
  return out;
}

function render(nodes: InlineTree[]): ReactNode[] {
  return nodes.map((n, i) => {
    if (n.kind === 'br') return <br key={i} />;
    if (n.kind === 'text') {
      let inner: ReactNode = n.text;
      for (let j = n.decorations.length - 1; j >= 0; j -= 1) {
        const d = n.decorations[j]!;
        inner = (
          <mark key={j === 0 ? i : undefined} {...props(d.attrs)} className={d.className}>
            {inner}
          </mark>
        );
      }
      return n.decorations.length ? inner : n.text;
    }
    const inner = render(n.children);
    if (n.mark === 'bold') return <strong key={i}>{inner}</strong>;
    if (n.mark === 'italic') return <em key={i}>{inner}</em>;
    if (n.mark === 'annotation')
      return (
        <mark key={i} {...props(n.attrs)}>
          {inner}
        </mark>
      );
    return (
      <a key={i} href={n.href} rel="noopener noreferrer nofollow">
        {inner}
      </a>
    );
  });
}

export function RichText({
  doc,
  decorations,
  annotations,
}: {
  doc: SegmentDoc | null;
  decorations?: readonly InlineDecoration[];
  /** Render annotation marks (the editor rows put them on with withAnnotationMarks). */
  annotations?: boolean;
}) {
  return <>{render(inlineTree(doc, decorations, { annotations }))}</>;
}
