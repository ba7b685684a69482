/** The column titles above the rows; each input also carries its own accessible name. */
export function ListHeader({ reachUnit }: { reachUnit: string }) {
  return (
    <div className="backlog-list__header backlog-grid" aria-hidden="true">
      <span />
      <span
        className="backlog-list__heading is-centered"
        title="The room's rank, and how far it is from the RICE rank"
      >
        #<small>vs RICE</small>
      </span>
      <span className="backlog-list__heading">Item</span>
      <span className="backlog-list__heading">
        Reach
        {reachUnit.trim() !== '' ? <small>{reachUnit}</small> : null}
      </span>
      <span className="backlog-list__heading">Impact</span>
      <span className="backlog-list__heading">Confidence</span>
      <span className="backlog-list__heading">
        Effort
        <small>person-months</small>
      </span>
      <span className="backlog-list__heading is-number">Score</span>
      <span />
    </div>
  );
}
