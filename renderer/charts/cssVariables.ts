/**
 * CSS custom properties, resolved by hand. A browser's computed styles already have `var(--…)`
 * substituted; jsdom's do not, and only report a custom property on the element whose rule sets
 * it. Resolving here, walking up the ancestors, gives the same answer in both, so an exported
 * chart never carries a variable that means nothing outside the app.
 */

/**
 * The value of a custom property as `element` sees it. Browsers inherit custom properties;
 * jsdom only reports them on the element whose rule sets them, so the ancestors are asked too.
 */
export function readCustomProperty(name: string, element: Element): string | null {
  return readCustomPropertyAt(name, element, 0);
}

const MAX_VARIABLE_DEPTH = 16;

/**
 * Replaces every `var(--name, fallback)` in a CSS value with the variable's value, or the
 * fallback, recursively. Null when a variable has neither (or variables refer in a cycle).
 */
export function resolveVariables(value: string, element: Element, depth = 0): string | null {
  const start = value.indexOf('var(');
  if (start === -1) return value;
  if (depth > MAX_VARIABLE_DEPTH) return null;
  const end = closingParen(value, start + 3);
  if (end === -1) return null;
  const inside = value.slice(start + 4, end);
  const comma = topLevelComma(inside);
  const name = (comma === -1 ? inside : inside.slice(0, comma)).trim();
  const fallback = comma === -1 ? null : inside.slice(comma + 1).trim();
  const replacement =
    readCustomPropertyAt(name, element, depth) ??
    (fallback === null ? null : resolveVariables(fallback, element, depth + 1));
  if (replacement === null) return null;
  return resolveVariables(
    `${value.slice(0, start)}${replacement}${value.slice(end + 1)}`,
    element,
    depth + 1,
  );
}

function readCustomPropertyAt(name: string, element: Element, depth: number): string | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = getComputedStyle(node).getPropertyValue(name).trim();
    if (value !== '') return resolveVariables(value, node, depth + 1);
  }
  return null;
}

/** Index of the `)` matching the `(` at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let level = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '(') level += 1;
    else if (text[index] === ')') {
      level -= 1;
      if (level === 0) return index;
    }
  }
  return -1;
}

function topLevelComma(text: string): number {
  let level = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') level += 1;
    else if (char === ')') level -= 1;
    else if (char === ',' && level === 0) return index;
  }
  return -1;
}
