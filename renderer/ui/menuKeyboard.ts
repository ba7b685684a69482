import type { KeyboardEvent } from 'react';

/**
 * The WAI-ARIA menu keys for an open menu: arrows wrap through the items, Home/End jump, Escape
 * closes back to the trigger, Tab closes and lets focus move on. Shared by every menu.
 */
export function handleMenuKeyDown(
  event: KeyboardEvent<HTMLElement>,
  items: readonly HTMLElement[],
  close: (refocus: boolean) => void,
): void {
  const index = items.findIndex((item) => item === document.activeElement);
  const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
  switch (event.key) {
    case 'ArrowDown':
      focusAt(index + 1);
      break;
    case 'ArrowUp':
      focusAt(index - 1);
      break;
    case 'Home':
      focusAt(0);
      break;
    case 'End':
      focusAt(items.length - 1);
      break;
    case 'Escape':
      close(true);
      break;
    case 'Tab':
      close(false);
      return;
    default:
      return;
  }
  event.preventDefault();
  event.stopPropagation();
}
