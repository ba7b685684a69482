import { useId } from 'react';
import type { GrowthModel } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { NumberField } from './NumberField';

const HORIZONS = Array.from({ length: 10 }, (_, index) => index + 1);

/** What every scenario starts from, and how far and in what steps it is projected. */
export function GrowthInputs({ model, currency }: { model: GrowthModel; currency: string }) {
  const setGrowthInputs = useDocument((s) => s.setGrowthInputs);
  const set = (patch: Parameters<typeof setGrowthInputs>[1]) => setGrowthInputs(model.id, patch);
  const periodId = useId();
  const horizonId = useId();
  const stepId = useId();
  const headingId = useId();

  return (
    <section className="market-card" aria-labelledby={headingId}>
      <h3 className="market-card__title" id={headingId}>
        Starting point
      </h3>
      <div className="market-card__fields">
        <NumberField
          label="Starting customers"
          value={model.startCustomers}
          kind={{ kind: 'count' }}
          onCommit={(value) => {
            if (value !== null) set({ startCustomers: value });
          }}
        />
        <div className="market-field-pair">
          <NumberField
            label="Starting ARPU"
            value={model.startArpu}
            kind={{ kind: 'money', currency }}
            hint="what a new customer pays"
            onCommit={(value) => {
              if (value !== null) set({ startArpu: value });
            }}
          />
          <div className="select-field">
            <label className="select-field__label" htmlFor={periodId}>
              ARPU per
            </label>
            <select
              id={periodId}
              className="market-select"
              value={model.arpuPeriod}
              onChange={(event) =>
                set({ arpuPeriod: event.target.value === 'year' ? 'year' : 'month' })
              }
            >
              <option value="month">month</option>
              <option value="year">year</option>
            </select>
          </div>
        </div>
        <div className="select-field">
          <label className="select-field__label" htmlFor={horizonId}>
            Horizon
          </label>
          <select
            id={horizonId}
            className="market-select"
            value={model.horizonYears}
            onChange={(event) => {
              const years = HORIZONS.find((h) => String(h) === event.target.value);
              if (years !== undefined) set({ horizonYears: years });
            }}
          >
            {HORIZONS.map((years) => (
              <option key={years} value={years}>
                {years === 1 ? '1 year' : `${years} years`}
              </option>
            ))}
          </select>
        </div>
        <div className="select-field">
          <label className="select-field__label" htmlFor={stepId}>
            Steps
          </label>
          <select
            id={stepId}
            className="market-select"
            value={model.step}
            onChange={(event) =>
              set({ step: event.target.value === 'quarter' ? 'quarter' : 'year' })
            }
          >
            <option value="year">Yearly</option>
            <option value="quarter">Quarterly</option>
          </select>
        </div>
      </div>
    </section>
  );
}
