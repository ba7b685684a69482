import type { Workshop } from '../../../shared/workshop/schema';
import { plural, WorkspaceIntro } from '../../app/WorkspaceIntro';

export function MarketWorkspace({ doc }: { doc: Workshop }) {
  return (
    <WorkspaceIntro
      title="Market"
      purpose="Size the market of a candidate new service (TAM, SAM and SOM, top-down and bottom-up) and model how existing customers' spend grows."
    >
      {doc.markets.length + doc.growthModels.length === 0 ? (
        <p className="workspace__next">
          No market or growth models yet. Start with a market model for a new service you are
          considering.
        </p>
      ) : (
        <p className="workspace__next">
          {plural(doc.markets.length, 'market model')} and{' '}
          {plural(doc.growthModels.length, 'growth model')} in this workshop.
        </p>
      )}
    </WorkspaceIntro>
  );
}
