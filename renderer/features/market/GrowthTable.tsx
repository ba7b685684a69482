import { useId, useState } from 'react';
import { formatCount, formatMoney, formatPercent, NO_VALUE } from '../../../shared/format/numbers';
import {
  periodLabel,
  SCENARIO_NAMES,
  type GrowthProjection,
  type ScenarioName,
} from '../../../shared/growth/model';
import { SCENARIO_LABELS } from '../../charts/growthSeries';
import { Segmented } from './Segmented';

const SCENARIO_OPTIONS = SCENARIO_NAMES.map((name) => ({
  value: name,
  label: SCENARIO_LABELS[name],
}));

const percentOrNone = (value: number | null) => (value === null ? NO_VALUE : formatPercent(value));

/**
 * The numbers behind the chart, per period of one scenario: customers, ARPU, revenue, expansion
 * revenue and net revenue retention (per period, and over the last 12 months for quarters).
 */
export function GrowthTable({
  projection,
  currency,
}: {
  projection: GrowthProjection;
  currency: string;
}) {
  const [scenario, setScenario] = useState<ScenarioName>('base');
  const headingId = useId();
  const { step, arpuPeriod } = projection;
  const { start, periods } = projection.scenarios[scenario];
  const quarterly = step === 'quarter';
  const money = (value: number | null) =>
    value === null ? NO_VALUE : formatMoney(value, currency);

  return (
    <section className="market-card" aria-labelledby={headingId}>
      <div className="market-card__heading">
        <h3 className="market-card__title" id={headingId}>
          Numbers per {step}
        </h3>
        <Segmented
          legend="Scenario"
          options={SCENARIO_OPTIONS}
          value={scenario}
          onChange={setScenario}
        />
      </div>
      <div className="market-table-wrap market-table-wrap--scroll">
        <table className="market-table market-table--numbers">
          <caption className="visually-hidden">
            {`${SCENARIO_LABELS[scenario]} scenario, per ${step}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Customers</th>
              <th scope="col">ARPU per {arpuPeriod}</th>
              <th scope="col">Revenue per {step}</th>
              <th scope="col">Expansion</th>
              <th scope="col">NRR per {step}</th>
              {quarterly ? <th scope="col">NRR, last 12 months</th> : null}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{periodLabel(0, step)}</th>
              <td>{formatCount(start.customers)}</td>
              <td>{money(start.arpu)}</td>
              <td>{money(start.revenue)}</td>
              <td>{NO_VALUE}</td>
              <td>{NO_VALUE}</td>
              {quarterly ? <td>{NO_VALUE}</td> : null}
            </tr>
            {periods.map((period) => (
              <tr key={period.index}>
                <th scope="row">{periodLabel(period.index, step)}</th>
                <td>{formatCount(period.customers)}</td>
                <td>{money(period.arpu)}</td>
                <td>{money(period.revenue)}</td>
                <td>{money(period.expansionRevenue)}</td>
                <td>{percentOrNone(period.nrrPct)}</td>
                {quarterly ? <td>{percentOrNone(period.annualNrrPct)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
