import { useId, useMemo } from 'react';
import { useDocument } from '../../app/ServicesContext';

/** ISO 4217 codes the platform knows, with English names: `EUR — Euro`. */
export function currencyOptions(current: string): { code: string; label: string }[] {
  const codes = new Set(Intl.supportedValuesOf('currency'));
  codes.add(current);
  const names = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'code' });
  return [...codes].sort().map((code) => {
    const name = names.of(code);
    return { code, label: name && name !== code ? `${code} — ${name}` : code };
  });
}

/** The workshop's currency, used by every amount in the market and growth models. */
export function CurrencyField() {
  const currency = useDocument((s) => s.doc?.settings.currency ?? 'USD');
  const setCurrency = useDocument((s) => s.setCurrency);
  const options = useMemo(() => currencyOptions(currency), [currency]);
  const id = useId();
  return (
    <div className="select-field currency-field">
      <label className="select-field__label" htmlFor={id}>
        Workshop currency
      </label>
      <select
        id={id}
        className="market-select"
        value={currency}
        onChange={(event) => setCurrency(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
