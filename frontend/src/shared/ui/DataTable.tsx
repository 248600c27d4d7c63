import { Table, type TableProps } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';

export type DataTableProps<T> = TableProps<T> & {
  /** What the table lists; names the scrolling region for screen readers. */
  label: string;
  /**
   * The narrowest width the table keeps before it scrolls sideways inside its own box (a number of pixels or
   * 'max-content' for a table whose cells never wrap).
   */
  minWidth?: number | 'max-content';
};

/**
 * Whether the box's content is wider than the box. Measured after every render (rows arrive, columns change) and
 * whenever the box itself is resized (a phone turned, a window narrowed).
 */
function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  const measure = useCallback(() => {
    const element = ref.current;
    if (element) setOverflows(element.scrollWidth > element.clientWidth + 1);
  }, [ref]);
  useLayoutEffect(measure);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, measure]);
  return overflows;
}

/**
 * A table that scrolls sideways inside its own box, never the page. When it is wider than the screen (a phone),
 * the box becomes a named region the keyboard can reach and scroll (WCAG 2.1.1; axe scrollable-region-focusable);
 * otherwise it is a plain box and adds no tab stop.
 */
export function DataTable<T extends object>({ label, minWidth, style, ...props }: DataTableProps<T>): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(box);
  const tableStyle: CSSProperties | undefined = minWidth == null ? style : { ...style, minWidth };
  return (
    <div
      ref={box}
      className="table-scroll"
      {...(overflows ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      <Table<T> {...props} style={tableStyle} />
    </div>
  );
}
