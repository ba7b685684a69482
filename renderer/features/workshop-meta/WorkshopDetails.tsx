import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDocument } from '../../app/ServicesContext';
import { formatWorkshopDate } from './formatDate';
import { MetaField } from './MetaField';

/** Who runs the workshop and when: a summary under the title and a small panel to edit it. */
export function WorkshopDetails() {
  const meta = useDocument((s) => s.doc?.meta);
  const setFacilitator = useDocument((s) => s.setFacilitator);
  const setDate = useDocument((s) => s.setDate);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('input')?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      const target = event.target;
      if (
        target instanceof Node &&
        !panel.current?.contains(target) &&
        !button.current?.contains(target)
      ) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open]);

  if (!meta) return null;

  const close = () => {
    // Leaving the panel commits the field being typed in (its blur handler), then closes.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    setOpen(false);
    button.current?.focus();
  };

  const onPanelKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  };

  const summary = [
    meta.facilitator ? `Facilitator: ${meta.facilitator}` : 'No facilitator set',
    meta.date ? formatWorkshopDate(meta.date) : 'no date set',
  ].join(' · ');

  return (
    <div className="workshop-details">
      <span className="workshop-details__summary">{summary}</span>
      <button
        ref={button}
        type="button"
        className="workshop-details__toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Workshop details
      </button>
      {open ? (
        <div
          ref={panel}
          id={panelId}
          className="workshop-details__panel"
          role="dialog"
          aria-labelledby={titleId}
          onKeyDown={onPanelKeyDown}
        >
          <h2 id={titleId} className="workshop-details__title">
            Workshop details
          </h2>
          <MetaField
            label="Facilitator"
            value={meta.facilitator}
            maxLength={200}
            onCommit={setFacilitator}
          />
          <MetaField
            label="Workshop date"
            type="date"
            value={meta.date}
            hint="Printed on the roadmap PDF."
            onCommit={setDate}
          />
          <div className="workshop-details__actions">
            <button type="button" className="button" onClick={close}>
              Done
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
