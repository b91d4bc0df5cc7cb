// Renders a segment's TipTap JSON as React elements: text is always escaped by React, links only
// keep safe hrefs. The same marks as the editor schema in lib/editor.
import { safeHref, type SegmentDoc } from '@/lib/editor/doc';
import type { ReactNode } from 'react';

export function RichText({ doc }: { doc: SegmentDoc | null }) {
  const nodes = doc?.content[0]?.content ?? [];
  return (
    <>
      {nodes.map((node, i) => {
        if (node.type === 'hardBreak') return <br key={i} />;
        let el: ReactNode = node.text;
        for (const mark of node.marks ?? []) {
          if (mark.type === 'bold') el = <strong>{el}</strong>;
          else if (mark.type === 'italic') el = <em>{el}</em>;
          else if (mark.type === 'link') {
            const href = safeHref(mark.attrs?.href);
            if (href) el = <a href={href} rel="noopener noreferrer nofollow">{el}</a>;
          }
        }
        return <span key={i}>{el}</span>;
      })}
    </>
  );
}
