import { formatGrouped } from '../../../shared/backlog/numbers';
import { formatPercent } from '../../../shared/format/numbers';
import type { ColumnLoad } from '../../../shared/roadmap/capacity';

/** "10 of 12 person-months · 83%", and how far over when a period is over capacity. */
export function capacityText(load: ColumnLoad): { amount: string; note: string | null } {
  const planned = formatGrouped(load.planned, 1);
  if (load.capacity === null) {
    return { amount: `${planned} person-months planned`, note: 'No capacity set' };
  }
  const amount = `${planned} of ${formatGrouped(load.capacity, 1)} person-months`;
  if (load.over) {
    const excess = formatGrouped(load.planned - load.capacity, 1);
    return { amount, note: `Over capacity by ${excess}` };
  }
  return { amount, note: load.utilization === null ? null : formatPercent(load.utilization * 100) };
}

export function CapacityCell({ load }: { load: ColumnLoad }) {
  const { amount, note } = capacityText(load);
  return (
    <td className={load.over ? 'print-capacity print-capacity--over' : 'print-capacity'}>
      <span className="print-capacity__amount">{amount}</span>
      {note ? <span className="print-capacity__note">{note}</span> : null}
    </td>
  );
}
