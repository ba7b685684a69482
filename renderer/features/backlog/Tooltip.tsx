import {
  useCallback,
  useId,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';

interface Anchor {
  rect: DOMRect;
  hovered: boolean;
  focused: boolean;
}

/** Room below an anchor that a tooltip of a couple of lines needs before it flips above. */
const ROOM_BELOW = 96;
const GAP = 6;

/**
 * A text tooltip for an element that shows it on hover AND on keyboard focus (WCAG 1.4.13:
 * Escape hides it). It is drawn in a fixed layer over the page, so a scrolling list does not
 * clip it. The same text must also reach screen readers through the anchor's own description;
 * the floating copy is for eyes.
 */
export function useTooltip(text: string, align: 'start' | 'end' = 'end') {
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const id = useId();

  const update = useCallback((element: Element, change: Partial<Omit<Anchor, 'rect'>>) => {
    setAnchor((current) => {
      const next = {
        rect: element.getBoundingClientRect(),
        hovered: current?.hovered ?? false,
        focused: current?.focused ?? false,
        ...change,
      };
      return next.hovered || next.focused ? next : null;
    });
  }, []);

  const anchorProps = {
    onMouseEnter: (event: MouseEvent) => update(event.currentTarget, { hovered: true }),
    onMouseLeave: (event: MouseEvent) => update(event.currentTarget, { hovered: false }),
    onFocus: (event: FocusEvent) => update(event.currentTarget, { focused: true }),
    onBlur: (event: FocusEvent) => update(event.currentTarget, { focused: false }),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape' && anchor !== null) {
        event.stopPropagation();
        setAnchor(null);
      }
    },
  };

  const tooltip: ReactNode =
    anchor === null
      ? null
      : createPortal(<Floating id={id} anchor={anchor} align={align} text={text} />, document.body);
  return { anchorProps, tooltip, tooltipId: anchor === null ? undefined : id };
}

function Floating({
  id,
  anchor,
  align,
  text,
}: {
  id: string;
  anchor: Anchor;
  align: 'start' | 'end';
  text: string;
}) {
  const { rect } = anchor;
  const above = rect.bottom + ROOM_BELOW > window.innerHeight;
  const horizontal =
    align === 'end'
      ? { right: Math.max(GAP, window.innerWidth - rect.right) }
      : { left: Math.max(GAP, rect.left) };
  const vertical = above
    ? { bottom: window.innerHeight - rect.top + GAP }
    : { top: rect.bottom + GAP };
  return (
    <div id={id} role="tooltip" className="backlog-tooltip" style={{ ...horizontal, ...vertical }}>
      {text}
    </div>
  );
}
