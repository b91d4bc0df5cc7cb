// Where a popover goes so that it stays on the screen: below its anchor (above when there is no
// room below), its left edge at the anchor's, shifted back inside the viewport with a margin.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The horizontal shift (px) that brings [left, left + width] inside [margin, viewport − margin]. */
export function shiftIntoView(left: number, width: number, viewport: number, margin = 8): number {
  const room = viewport - 2 * margin;
  if (width >= room) return margin - left; // wider than the screen: pin the left edge
  if (left < margin) return margin - left;
  if (left + width > viewport - margin) return viewport - margin - (left + width);
  return 0;
}

/** The popover's top-left corner (viewport coordinates) for an anchor box and the popover's size. */
export function placeBelow(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): { left: number; top: number } {
  const left = anchor.left + shiftIntoView(anchor.left, size.width, viewport.width, margin);
  const below = anchor.top + anchor.height + gap;
  const fitsBelow = below + size.height <= viewport.height - margin;
  const above = anchor.top - gap - size.height;
  const top = fitsBelow || above < margin ? below : above;
  return { left, top };
}
