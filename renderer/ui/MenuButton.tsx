import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './menu.css';
import { handleMenuKeyDown } from './menuKeyboard';

export interface MenuEntry {
  label: string;
  onSelect(): void;
  disabled?: boolean;
  /** Shown beside the label, e.g. `Ctrl+S`. */
  shortcut?: string;
  /** `aria-keyshortcuts` value, e.g. `Control+S`. */
  keyShortcuts?: string;
  /** A small heading shown above this entry (e.g. "Recent"). */
  section?: string;
  /** A second line, e.g. where a recent file lives. */
  detail?: string;
}

interface MenuButtonProps {
  label: string;
  entries: MenuEntry[];
  /** What the button shows when it is not `label` (e.g. "⋯"); `label` stays its name. */
  visibleLabel?: string;
}

/**
 * A button that opens a menu (WAI-ARIA menu button): Enter, Space or ↓ open it on the first
 * item, ↑ on the last; arrows, Home and End move; Escape closes and returns to the button.
 */
export function MenuButton({ label, entries, visibleLabel }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const [startAt, setStartAt] = useState<'first' | 'last'>('first');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const list = items();
    (startAt === 'first' ? list[0] : list[list.length - 1])?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      const target = event.target;
      if (
        target instanceof Node &&
        !menu.current?.contains(target) &&
        !button.current?.contains(target)
      ) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open, startAt]);

  const openMenu = (at: 'first' | 'last') => {
    setStartAt(at);
    setOpen(true);
  };

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) =>
    handleMenuKeyDown(event, items(), close);

  const select = (entry: MenuEntry) => {
    if (entry.disabled) return;
    close(true);
    entry.onSelect();
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        className="menu-button__trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
        aria-label={visibleLabel === undefined ? undefined : label}
      >
        {visibleLabel ?? label}
      </button>
      {open ? (
        <ul
          ref={menu}
          id={menuId}
          className="menu"
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKeyDown}
        >
          {entries.map((entry, index) => (
            <MenuItem
              key={`${index}-${entry.label}`}
              entry={entry}
              onSelect={() => select(entry)}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function MenuItem({ entry, onSelect }: { entry: MenuEntry; onSelect(): void }) {
  return (
    <>
      {entry.section ? (
        <li role="presentation" className="menu__section">
          {entry.section}
        </li>
      ) : null}
      <li role="none">
        <button
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="menu__item"
          aria-disabled={entry.disabled ? true : undefined}
          aria-keyshortcuts={entry.keyShortcuts}
          onClick={onSelect}
        >
          <span className="menu__label">
            {entry.label}
            {entry.detail ? <span className="menu__detail">{entry.detail}</span> : null}
          </span>
          {entry.shortcut ? (
            <span className="menu__shortcut" aria-hidden="true">
              {entry.shortcut}
            </span>
          ) : null}
        </button>
      </li>
    </>
  );
}
