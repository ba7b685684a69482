import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import '../../ui/menu.css';
import { handleMenuKeyDown } from '../../ui/menuKeyboard';

export interface RowMenuEntry {
  label: string;
  onSelect(): void;
  disabled?: boolean;
  /** Shown beside the label, e.g. `Alt+↑`. */
  shortcut?: string;
  /** `aria-keyshortcuts`. */
  keyShortcuts?: string;
  /** Draws a line above the entry. */
  separated?: boolean;
}

interface RowMenuProps {
  /** The button's accessible name and the menu's, e.g. "Actions for Regional failover". */
  label: string;
  entries: RowMenuEntry[];
}

interface Placement {
  right: number;
  top?: number;
  bottom?: number;
}

interface Opened {
  placement: Placement;
  /** Where the button was when the menu opened: the menu closes once the list moves it. */
  anchorTop: number;
}

/** How tall a menu of about ten entries is, to decide whether it opens upwards. */
const MENU_ROOM = 380;

/**
 * A row's "⋯" menu (WAI-ARIA menu button: Enter, Space or ↓ open it, arrows, Home and End
 * move, Escape closes and returns to the button). The menu floats over the page so the list's
 * scrolling box does not cut it off; scrolling or resizing closes it.
 */
export function RowMenu({ label, entries }: RowMenuProps) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [startAt, setStartAt] = useState<'first' | 'last'>('first');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const open = opened !== null;
  const anchorTop = opened?.anchorTop;

  useEffect(() => {
    if (!open) return;
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    (startAt === 'first' ? items[0] : items.at(-1))?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      const target = event.target;
      if (
        target instanceof Node &&
        !menu.current?.contains(target) &&
        !button.current?.contains(target)
      ) {
        setOpened(null);
      }
    };
    const closeOnScroll = () => {
      const top = button.current?.getBoundingClientRect().top;
      if (top === undefined || anchorTop === undefined || Math.abs(top - anchorTop) > 1) {
        setOpened(null);
      }
    };
    const close = () => setOpened(null);
    document.addEventListener('pointerdown', closeOnOutside);
    window.addEventListener('scroll', closeOnScroll, true);
    window.addEventListener('resize', close);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside);
      window.removeEventListener('scroll', closeOnScroll, true);
      window.removeEventListener('resize', close);
    };
  }, [open, startAt, anchorTop]);

  const openMenu = (at: 'first' | 'last') => {
    const rect = button.current?.getBoundingClientRect();
    if (rect === undefined) return;
    const right = Math.max(4, window.innerWidth - rect.right);
    setStartAt(at);
    setOpened({
      anchorTop: rect.top,
      placement:
        rect.bottom + MENU_ROOM > window.innerHeight && rect.top > MENU_ROOM
          ? { right, bottom: window.innerHeight - rect.top + 4 }
          : { right, top: rect.bottom + 4 },
    });
  };

  const close = (refocus: boolean) => {
    setOpened(null);
    if (refocus) button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) =>
    handleMenuKeyDown(
      event,
      [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])],
      close,
    );

  const select = (entry: RowMenuEntry) => {
    if (entry.disabled) return;
    close(true);
    entry.onSelect();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="backlog-menu__trigger"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            event.stopPropagation();
            openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {opened === null
        ? null
        : createPortal(
            <ul
              ref={menu}
              id={menuId}
              className="menu backlog-menu"
              role="menu"
              aria-label={label}
              style={opened.placement}
              onKeyDown={onMenuKeyDown}
            >
              {entries.map((entry) => (
                <li
                  key={entry.label}
                  role="none"
                  className={entry.separated ? 'backlog-menu__separated' : undefined}
                >
                  <button
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className="menu__item"
                    aria-disabled={entry.disabled ? true : undefined}
                    aria-keyshortcuts={entry.keyShortcuts}
                    onClick={() => select(entry)}
                  >
                    <span className="menu__label">{entry.label}</span>
                    {entry.shortcut ? (
                      <span className="menu__shortcut" aria-hidden="true">
                        {entry.shortcut}
                      </span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>,
            document.body,
          )}
    </>
  );
}
