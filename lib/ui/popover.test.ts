import { describe, expect, it } from 'vitest';
import { placeBelow, shiftIntoView } from './popover';

describe('shiftIntoView', () => {
  it('leaves a popover that fits alone', () => {
    expect(shiftIntoView(100, 300, 1024)).toBe(0);
  });
  it('pushes one cut off on the left back in (the pre-translate panel at 1,024 px)', () => {
    expect(shiftIntoView(-180, 520, 1024)).toBe(188);
  });
  it('pulls one past the right edge back in', () => {
    expect(shiftIntoView(900, 300, 1024)).toBe(1024 - 8 - 1200);
  });
  it('pins a popover wider than a phone to the left margin', () => {
    expect(shiftIntoView(40, 520, 390)).toBe(-32);
  });
});

describe('placeBelow', () => {
  const viewport = { width: 390, height: 700 };
  it('goes below the anchor, inside the screen', () => {
    expect(placeBelow({ left: 300, top: 100, width: 60, height: 20 }, { width: 200, height: 80 }, viewport)).toEqual({
      left: 182,
      top: 126,
    });
  });
  it('goes above when there is no room below', () => {
    expect(placeBelow({ left: 10, top: 650, width: 60, height: 20 }, { width: 200, height: 80 }, viewport)).toEqual({ left: 10, top: 564 });
  });
});
