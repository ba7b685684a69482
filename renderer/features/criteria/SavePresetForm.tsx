import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { PRESET_NAME_MAX } from '../../../shared/criteria/presets';
import { useDocument } from '../../app/ServicesContext';

/**
 * "Save current weights as…": names the current weights as a preset kept in the workshop file.
 * Saving under an existing preset's name updates that preset (presets.ts), and says so.
 */
export function SavePresetForm({ onSaved }: { onSaved(message: string): void }) {
  const save = useDocument((s) => s.saveWeightPreset);
  const presets = useDocument((s) => s.doc?.weightPresets);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const focusOpener = useRef(false);
  const errorId = useId();

  const close = () => {
    setOpen(false);
    setName('');
    setError(null);
    focusOpener.current = true;
  };

  // The opener comes back when the form closes; focus returns to it, not to the page's top.
  useEffect(() => {
    if (open || !focusOpener.current) return;
    focusOpener.current = false;
    opener.current?.focus();
  }, [open]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const existing = presets?.find(
      (p) => p.name.trim().toLowerCase() === name.trim().toLowerCase(),
    );
    const result = save(name);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    onSaved(
      existing
        ? `Updated preset “${result.preset.name}” with the current weights.`
        : `Saved preset “${result.preset.name}”.`,
    );
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  if (!open) {
    return (
      <button
        ref={opener}
        type="button"
        className="button presets__save"
        onClick={() => setOpen(true)}
      >
        Save current weights as…
      </button>
    );
  }
  return (
    <form
      className="presets__form"
      aria-label="Save current weights as a preset"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
    >
      <label className="presets__label">
        Preset name
        <input
          className="field__input"
          type="text"
          // Opening the form is asking to type the name.
          autoFocus
          maxLength={PRESET_NAME_MAX + 20}
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setError(null);
          }}
        />
      </label>
      <button type="submit" className="button button--primary">
        Save preset
      </button>
      <button type="button" className="button" onClick={close}>
        Cancel
      </button>
      {error ? (
        <span id={errorId} className="field__error presets__error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
