import type { Workshop } from '../../../shared/workshop/schema';
import { plural, WorkspaceIntro } from '../../app/WorkspaceIntro';

export function CriteriaWorkspace({ doc }: { doc: Workshop }) {
  return (
    <WorkspaceIntro
      title="Criteria"
      purpose="Weighted criteria score each item on what matters to your team — reliability, reach, revenue, customer cost, fit, effort. The weights always add up to 100%."
    >
      <CriteriaSummary doc={doc} />
    </WorkspaceIntro>
  );
}

function CriteriaSummary({ doc }: { doc: Workshop }) {
  if (doc.criteria.length === 0) {
    return (
      <p className="workspace__next">
        No criteria yet. Add the criteria your team weighs, then set their weights.
      </p>
    );
  }
  return (
    <table className="workspace__table">
      <caption className="workspace__caption">
        {plural(doc.criteria.length, 'criterion', 'criteria')} in this workshop
      </caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Counts as</th>
          <th scope="col" className="workspace__number">
            Weight
          </th>
        </tr>
      </thead>
      <tbody>
        {doc.criteria.map((criterion) => (
          <tr key={criterion.id}>
            <th scope="row">{criterion.name}</th>
            <td>{criterion.direction === 'benefit' ? 'More is better' : 'More is worse'}</td>
            <td className="workspace__number">{criterion.weight}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
