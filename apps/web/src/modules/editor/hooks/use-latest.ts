import { useEffect, useRef } from 'react';

/**
 * A ref that follows `value` after each render: stable callbacks (for memoised rows, key listeners)
 * read the newest handler or data through it without being created again.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
