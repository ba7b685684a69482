import { formatRatio } from '../../../shared/format/numbers';
import { funnelSteps, type MarketSizing } from '../../../shared/market/funnel';
import type { MarketModel } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { FunnelChart } from '../../charts/FunnelChart';
import { categoricalColour } from '../../charts/palette';
import { ChartExportButtons } from './ChartExportButtons';
import { NumberField } from './NumberField';

interface FunnelComparisonProps {
  model: MarketModel;
  sizing: MarketSizing;
  currency: string;
}

/**
 * The two funnels side by side on the same scale (equal amounts, equal lengths), the check that
 * their TAMs agree within the model's factor, and what is still missing to complete them.
 */
export function FunnelComparison({ model, sizing, currency }: FunnelComparisonProps) {
  const topDown = funnelSteps(sizing.topDown);
  const bottomUp = funnelSteps(sizing.bottomUp);
  const scaleMax = Math.max(0, ...[...topDown, ...bottomUp].map((step) => step.value ?? 0));
  const missing = [
    ...(sizing.topDown.som.status === 'incomplete' ? sizing.topDown.som.missing : []),
    ...(sizing.bottomUp.som.status === 'incomplete' ? sizing.bottomUp.som.missing : []),
  ];

  return (
    <section className="market-card" aria-labelledby={`funnels-${model.id}`}>
      <div className="market-card__heading">
        <h3 className="market-card__title" id={`funnels-${model.id}`}>
          TAM, SAM and SOM, both ways
        </h3>
        <GapFactorField model={model} />
      </div>
      <GapFlag sizing={sizing} gapFactor={model.gapFactor} />
      <div className="market-funnels">
        {[
          { key: 'top-down', title: 'Top-down funnel', steps: topDown, colour: 0 },
          { key: 'bottom-up', title: 'Bottom-up funnel', steps: bottomUp, colour: 2 },
        ].map((funnel) => (
          <section key={funnel.key} className="market-chart" aria-label={funnel.title}>
            <FunnelChart
              title={funnel.title}
              description={`${model.name}, ${funnel.key} estimate.`}
              steps={funnel.steps}
              currency={currency}
              scaleMax={scaleMax}
              colour={categoricalColour(funnel.colour)}
              toolbar={<ChartExportButtons fileNameParts={[model.name, funnel.title]} />}
            />
          </section>
        ))}
      </div>
      {missing.length > 0 ? (
        <div className="market-missing">
          <p className="market-missing__title">To complete the funnels, fill in:</p>
          <ul className="market-missing__list">
            {missing.map((entry) => (
              <li key={`${entry.segmentId ?? 'top'}-${entry.field}`}>{entry.description}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function GapFactorField({ model }: { model: MarketModel }) {
  const setMarketFields = useDocument((s) => s.setMarketFields);
  return (
    <NumberField
      label="Flag a TAM gap above"
      value={model.gapFactor}
      kind={{ kind: 'ratio', min: 1 }}
      className="market-gap-factor"
      onCommit={(gapFactor) => {
        if (gapFactor !== null) setMarketFields(model.id, { gapFactor });
      }}
    />
  );
}

/** Says how far apart the two TAMs are; flagged when beyond the model's factor. */
function GapFlag({ sizing, gapFactor }: { sizing: MarketSizing; gapFactor: number }) {
  const { gap } = sizing;
  if (!gap) {
    return (
      <p className="market-gap" role="status">
        The TAMs are compared once both estimates have a TAM.
      </p>
    );
  }
  if (!gap.flagged) {
    return (
      <p className="market-gap" role="status">
        {gap.sentence}: within the {formatRatio(gapFactor)} you allow.
      </p>
    );
  }
  return (
    <p className="market-gap market-gap--flagged" role="status">
      <strong>TAM gap:</strong> {gap.sentence}, more than the {formatRatio(gapFactor)} you allow.
      Check the assumptions of both estimates.
    </p>
  );
}
