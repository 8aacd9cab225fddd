'use client';

import { type RefObject, useCallback, useEffect, useRef } from 'react';

const NEAR_BOTTOM_PX = 32;

/**
 * Keeps a scrollable element scrolled to its end as `size` grows, unless the user scrolled up to read.
 * Returns the ref to attach and the element's onScroll handler.
 */
export function useStickToBottom<T extends HTMLElement>(size: number): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const stick = useRef(true);

  const onScroll = useCallback(() => {
    const el = ref.current;
    if (el) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (el && stick.current && size > 0) el.scrollTop = el.scrollHeight;
  }, [size]);

  return [ref, onScroll];
}
