// Renders a segment's TipTap JSON as React elements: text is always escaped by React, links only
// keep safe hrefs. It walks the same tree as renderInlineHtml (lib/editor/render.ts), and each mark's
// element comes from the editor schema (lib/editor/schema.ts) through @tiptap/static-renderer, so marks
// render and nest as the editor renders them; overlapping decorations nest per piece.
import type { InlineDecoration, SegmentDoc } from '@/lib/editor/doc';
import { inlineTree, schemaRenderers, type InlineTree } from '@/lib/editor/render';
import { domOutputSpecToReactElement } from '@tiptap/static-renderer/pm/react';
import { Fragment, type ReactNode } from 'react';

const schema = schemaRenderers<ReactNode>(domOutputSpecToReactElement);

/** HTML attribute names as React props (class → className; data-*, title, aria-* pass as they are). */
function props(attrs: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) out[k === 'class' ? 'className' : k === 'tabindex' ? 'tabIndex' : k] = v;
  return out;
}

function render(nodes: InlineTree[]): ReactNode[] {
  return nodes.map((n, i) => {
    if (n.kind === 'br') return <Fragment key={i}>{schema.hardBreak()}</Fragment>;
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
    return <Fragment key={i}>{schema.mark(n.mark, render(n.children))}</Fragment>;
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
