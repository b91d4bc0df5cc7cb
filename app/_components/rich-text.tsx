// Renders a segment's TipTap JSON as React elements: text is always escaped by React, links only
// keep safe hrefs. It walks the same tree as renderInlineHtml (lib/editor/doc.ts), so marks nest as
// the editor schema (lib/editor/extensions.ts) nests them.
import { inlineTree, type InlineDecoration, type InlineTree, type SegmentDoc } from '@/lib/editor/doc';
import type { ReactNode } from 'react';

function render(nodes: InlineTree[]): ReactNode[] {
  return nodes.map((n, i) => {
    if (n.kind === 'br') return <br key={i} />;
    if (n.kind === 'text') {
      if (!n.decoration) return n.text;
      return <mark key={i} className={n.decoration.className} {...n.decoration.attrs}>{n.text}</mark>;
    }
    const inner = render(n.children);
    if (n.mark === 'bold') return <strong key={i}>{inner}</strong>;
    if (n.mark === 'italic') return <em key={i}>{inner}</em>;
    return <a key={i} href={n.href} rel="noopener noreferrer nofollow">{inner}</a>;
  });
}

export function RichText({ doc, decorations }: { doc: SegmentDoc | null; decorations?: readonly InlineDecoration[] }) {
  return <>{render(inlineTree(doc, decorations))}</>;
}
