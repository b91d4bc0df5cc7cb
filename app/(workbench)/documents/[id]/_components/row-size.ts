// The size the virtualiser assumes for a row it has not measured yet: the mean of the rows measured so
// far in this list (a first guess before any). With a fixed guess far below the real rows (72 px against
// 116–141 px on the editor bench), every scroll into unmeasured rows rendered about twice the rows the
// viewport needed and then moved them all once measured; with the running mean the first render is
// about the right size, the scrollbar's length is right, and a jump to a far segment lands near its aim.
import { measureElement, type Virtualizer } from '@tanstack/react-virtual';

export const FIRST_GUESS_PX = 72;

export interface RowSizer {
  estimateSize: () => number;
  measureElement: (el: Element, entry: ResizeObserverEntry | undefined, v: Virtualizer<HTMLDivElement, Element>) => number;
}

/**
 * One per list: learns from every measurement the virtualiser takes, each row (by its key, a segment
 * id, so memory is bounded by the document) counted once at its latest size.
 */
export function rowSizer(firstGuess = FIRST_GUESS_PX): RowSizer {
  const sizes = new Map<unknown, number>();
  let sum = 0;
  return {
    estimateSize: () => (sizes.size ? Math.round(sum / sizes.size) : firstGuess),
    measureElement: (el, entry, v) => {
      const size = measureElement(el, entry, v);
      const index = v.indexFromElement(el);
      if (size > 0 && index >= 0 && index < v.options.count) {
        const key = v.options.getItemKey(index);
        sum += size - (sizes.get(key) ?? 0);
        sizes.set(key, size);
      }
      return size;
    },
  };
}
