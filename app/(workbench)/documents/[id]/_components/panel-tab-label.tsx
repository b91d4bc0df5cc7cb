// A side-panel tab's label: an icon, the words (hidden visually when the panel is narrow; still
// the tab's name) and a count when there is something to see.
import type { LucideIcon } from 'lucide-react';

export function PanelTabLabel({ icon: Icon, text, count }: { icon: LucideIcon; text: string; count?: number }) {
  return (
    <span className="panel-tab" title={text}>
      <Icon aria-hidden="true" size={15} />
      <span className="panel-tab-text">{text}</span>
      {count ? <span className="panel-tab-count">{count}</span> : null}
    </span>
  );
}
