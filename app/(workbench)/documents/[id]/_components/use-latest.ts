'use client';
// A ref that always holds the latest value, for handlers and effects that must not be re-created
// when it changes (the rows as filtered, the review mode, the overlay labels). React forbids writing
// a ref during render; the write happens in an insertion effect instead, which runs when the render
// is committed, before any layout effect or event of that commit can read it.
import { useInsertionEffect, useRef } from 'react';

export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useInsertionEffect(() => {
    ref.current = value;
  });
  return ref;
}
