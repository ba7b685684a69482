import { formatMoney } from '../../../shared/format/numbers';
import type { SegmentFunnel } from '../../../shared/market/funnel';
import type { MarketModel, Segment } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { NumberField } from './NumberField';
import { TextField } from './TextField';

interface SegmentsTableProps {
  model: MarketModel;
  funnels: readonly SegmentFunnel[];
  currency: string;
}

/** A segment's name for labels: its own, or its position when it has none yet. */
export function segmentTitle(segment: Pick<Segment, 'name'>, index: number): string {
  return segment.name.trim() === '' ? `segment ${index + 1}` : segment.name;
}

/**
 * The bottom-up estimate: one row per segment of potential customers, each with its revenue per
 * customer (per month or per year), serviceable and obtainable shares, and the segment's TAM.
 */
export function SegmentsTable({ model, funnels, currency }: SegmentsTableProps) {
  const addSegment = useDocument((s) => s.addSegment);
  const full = model.segments.length >= 50;
  return (
    <section className="market-card" aria-labelledby={`segments-${model.id}`}>
      <h3 className="market-card__title" id={`segments-${model.id}`}>
        Bottom-up: segments
      </h3>
      <p className="market-card__help">
        TAM = potential customers × annual revenue per customer; SAM and SOM apply each segment’s
        shares.
      </p>
      <div className="market-table-wrap">
        <table className="market-table">
          <thead>
            <tr>
              <th scope="col" className="market-table__grow">
                Segment
              </th>
              <th scope="col">Potential customers</th>
              <th scope="col">Revenue per customer</th>
              <th scope="col">Serviceable</th>
              <th scope="col">Obtainable</th>
              <th scope="col" className="market-table__number">
                Segment TAM
              </th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {model.segments.map((segment, index) => (
              <SegmentRow
                key={segment.id}
                modelId={model.id}
                segment={segment}
                index={index}
                funnel={funnels[index]}
                currency={currency}
              />
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button market-card__add"
        disabled={full}
        onClick={() => addSegment(model.id)}
      >
        Add segment
      </button>
    </section>
  );
}

interface SegmentRowProps {
  modelId: string;
  segment: Segment;
  index: number;
  funnel: SegmentFunnel | undefined;
  currency: string;
}

function SegmentRow({ modelId, segment, index, funnel, currency }: SegmentRowProps) {
  const updateSegment = useDocument((s) => s.updateSegment);
  const removeSegment = useDocument((s) => s.removeSegment);
  const title = segmentTitle(segment, index);
  const update = (patch: Partial<Omit<Segment, 'id'>>) => updateSegment(modelId, segment.id, patch);
  const tam = funnel?.tam.status === 'complete' ? formatMoney(funnel.tam.value, currency) : '—';
  return (
    <tr>
      <td>
        <TextField
          label={`Name of ${title}`}
          labelHidden
          value={segment.name}
          maxLength={120}
          className="market-table__name"
          onCommit={(name) => update({ name })}
        />
      </td>
      <td>
        <NumberField
          label={`Potential customers in ${title}`}
          labelHidden
          value={segment.customers}
          kind={{ kind: 'count' }}
          nullable
          onCommit={(customers) => update({ customers })}
        />
      </td>
      <td>
        <div className="market-field-pair">
          <NumberField
            label={`Revenue per customer in ${title}`}
            labelHidden
            value={segment.revenuePerCustomer}
            kind={{ kind: 'money', currency }}
            nullable
            onCommit={(revenuePerCustomer) => update({ revenuePerCustomer })}
          />
          <label className="visually-hidden" htmlFor={`period-${segment.id}`}>
            {`Revenue period of ${title}`}
          </label>
          <select
            id={`period-${segment.id}`}
            className="market-select"
            value={segment.revenuePeriod}
            onChange={(event) =>
              update({ revenuePeriod: event.target.value === 'year' ? 'year' : 'month' })
            }
          >
            <option value="month">per month</option>
            <option value="year">per year</option>
          </select>
        </div>
      </td>
      <td>
        <NumberField
          label={`Serviceable share of ${title}`}
          labelHidden
          value={segment.serviceablePct}
          kind={{ kind: 'percent' }}
          nullable
          onCommit={(serviceablePct) => update({ serviceablePct })}
        />
      </td>
      <td>
        <NumberField
          label={`Obtainable share of ${title}`}
          labelHidden
          value={segment.obtainablePct}
          kind={{ kind: 'percent' }}
          nullable
          onCommit={(obtainablePct) => update({ obtainablePct })}
        />
      </td>
      <td className="market-table__number">{tam}</td>
      <td>
        <button
          type="button"
          className="button market-table__remove"
          aria-label={`Remove ${title}`}
          title={`Remove ${title}`}
          onClick={() => removeSegment(modelId, segment.id)}
        >
          ×
        </button>
      </td>
    </tr>
  );
}
