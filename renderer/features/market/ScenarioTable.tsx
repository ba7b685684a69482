import { useId } from 'react';
import { HEALTHY_ARPU_GROWTH_PCT, SCENARIO_NAMES } from '../../../shared/growth/model';
import type { GrowthModel } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { SCENARIO_LABELS } from '../../charts/growthSeries';
import { SCENARIO_STYLE } from '../../charts/palette';
import { NumberField } from './NumberField';

/**
 * The three scenarios side by side in one table, so the room tunes them against each other.
 * Each row carries its line's colour and dash, the same as in the chart.
 */
export function ScenarioTable({ model }: { model: GrowthModel }) {
  const setScenario = useDocument((s) => s.setScenario);
  const headingId = useId();
  const { low, high } = HEALTHY_ARPU_GROWTH_PCT;
  return (
    <section className="market-card market-card--wide" aria-labelledby={headingId}>
      <h3 className="market-card__title" id={headingId}>
        Scenarios
      </h3>
      <p className="market-card__help">
        Annual rates. Existing customers’ ARPU grows; healthy infrastructure products see {low}–
        {high}% a year. New customers start at the starting ARPU.
      </p>
      <div className="market-table-wrap">
        <table className="market-table">
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">ARPU growth per year</th>
              <th scope="col">New customers per year</th>
              <th scope="col">Churn per year</th>
            </tr>
          </thead>
          <tbody>
            {SCENARIO_NAMES.map((name) => {
              const scenario = model.scenarios[name];
              const label = SCENARIO_LABELS[name];
              const style = SCENARIO_STYLE[name];
              return (
                <tr key={name}>
                  <th scope="row">
                    <span className="scenario-name">
                      <svg
                        className="scenario-name__swatch"
                        width="28"
                        height="10"
                        aria-hidden="true"
                      >
                        <line
                          x1="2"
                          x2="26"
                          y1="5"
                          y2="5"
                          stroke={style.colour}
                          strokeWidth="3"
                          strokeDasharray={style.dash ?? undefined}
                          strokeLinecap="round"
                        />
                      </svg>
                      {label}
                    </span>
                  </th>
                  <td>
                    <NumberField
                      label={`${label}: ARPU growth per year`}
                      labelHidden
                      value={scenario.arpuGrowthPct}
                      kind={{ kind: 'percent', min: -100, max: 1_000 }}
                      onCommit={(value) => {
                        if (value !== null) setScenario(model.id, name, { arpuGrowthPct: value });
                      }}
                    />
                  </td>
                  <td>
                    <NumberField
                      label={`${label}: new customers per year`}
                      labelHidden
                      value={scenario.newCustomersPerYear}
                      kind={{ kind: 'count' }}
                      onCommit={(value) => {
                        if (value !== null)
                          setScenario(model.id, name, { newCustomersPerYear: value });
                      }}
                    />
                  </td>
                  <td>
                    <NumberField
                      label={`${label}: churn per year`}
                      labelHidden
                      value={scenario.churnPct}
                      kind={{ kind: 'percent' }}
                      onCommit={(value) => {
                        if (value !== null) setScenario(model.id, name, { churnPct: value });
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
