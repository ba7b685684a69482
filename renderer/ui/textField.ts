/** Inputs that hold no text of their own: undo there means the document's undo. */
const NON_TEXT_INPUTS = new Set([
  'range',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'color',
  'file',
  'image',
]);

/**
 * True where the browser keeps a text undo history (text inputs, textareas, editable content):
 * there Ctrl/Cmd+Z belongs to the field, elsewhere (a slider, a checkbox) to the document.
 */
export function isTextField(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement;
}
