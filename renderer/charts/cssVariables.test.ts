import { describe, expect, it } from 'vitest';
import { readCustomProperty, resolveVariables } from './cssVariables';

function withElement(properties: Record<string, string>, check: (element: HTMLElement) => void) {
  const parent = document.createElement('section');
  const element = document.createElement('div');
  for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value);
  parent.append(element);
  document.body.append(parent);
  try {
    check(element);
  } finally {
    parent.remove();
  }
}

describe('resolveVariables', () => {
  it('follows variables through fallbacks and nested functions', () => {
    const element = document.createElement('div');
    element.style.setProperty('--accent', '#123456');
    document.body.append(element);
    try {
      expect(resolveVariables('var(--accent)', element)).toBe('#123456');
      expect(resolveVariables('var(--missing, var(--accent))', element)).toBe('#123456');
      expect(resolveVariables('var(--missing, rgb(1, 2, 3))', element)).toBe('rgb(1, 2, 3)');
      expect(resolveVariables('1px solid var(--accent)', element)).toBe('1px solid #123456');
      expect(resolveVariables('#fff', element)).toBe('#fff');
    } finally {
      element.remove();
    }
  });

  it('gives up on a variable with no value and no fallback, and on cycles', () => {
    const element = document.createElement('div');
    element.style.setProperty('--a', 'var(--b)');
    element.style.setProperty('--b', 'var(--a)');
    document.body.append(element);
    try {
      expect(resolveVariables('var(--nowhere)', element)).toBeNull();
      expect(resolveVariables('var(--a)', element)).toBeNull();
    } finally {
      element.remove();
    }
  });
});

describe('readCustomProperty', () => {
  it('finds a property set on an ancestor, as inheritance would', () => {
    withElement({}, (element) => {
      element.parentElement?.style.setProperty('--surface', '#171a21');
      expect(readCustomProperty('--surface', element)).toBe('#171a21');
      expect(readCustomProperty('--nowhere', element)).toBeNull();
    });
  });

  it('resolves a property defined in terms of another', () => {
    withElement({ '--chart-surface': 'var(--surface, #ffffff)' }, (element) => {
      expect(readCustomProperty('--chart-surface', element)).toBe('#ffffff');
      element.parentElement?.style.setProperty('--surface', '#171a21');
      expect(readCustomProperty('--chart-surface', element)).toBe('#171a21');
    });
  });
});
