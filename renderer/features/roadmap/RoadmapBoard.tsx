import { useLayoutEffect, useRef, type CSSProperties, type RefObject } from 'react';
import type { ColumnLoad } from '../../../shared/roadmap/capacity';
import { quarterLabel } from '../../../shared/roadmap/periods';
import type { BacklogItem, Roadmap } from '../../../shared/workshop/schema';
import { cellName, type BoardNames } from './announcements';
import { BoardCell } from './BoardCell';
import {
  bandGridArea,
  cardGridArea,
  cellKey,
  type BoardLayout,
  type CardPosition,
  type TrackBand,
} from './boardLayout';
import { ColumnHeader } from './ColumnHeader';
import type { ItemFacts } from './itemFacts';
import { RoadmapCard, type ItemCommands } from './RoadmapCard';

export interface BoardProps {
  layout: BoardLayout;
  roadmap: Roadmap;
  loads: readonly ColumnLoad[];
  itemsById: ReadonlyMap<string, BacklogItem>;
  factsById: ReadonlyMap<string, ItemFacts>;
  pickedItemId: string | null;
  draggedItemId: string | null;
  commands: ItemCommands;
  onCapacity(periodIndex: number, personMonths: number): void;
  boardRef: RefObject<HTMLElement | null>;
}

/**
 * The board (issue 6): periods across, tracks down, each card in the cell of its first period
 * and drawn across every period it spans. One CSS grid; see boardLayout.ts for the lanes.
 */
export function RoadmapBoard(props: BoardProps) {
  const { layout, loads, boardRef } = props;
  const columnCount = layout.columns.length;
  const corner = useRef<HTMLDivElement>(null);
  useHeaderHeight(corner, boardRef);
  return (
    <section className="roadmap-board" aria-label="Roadmap board" ref={boardRef}>
      <div
        className="roadmap-board__grid"
        style={{
          gridTemplateColumns: `minmax(7.5rem, 10rem) repeat(${columnCount}, minmax(10.5rem, 1fr))`,
          gridTemplateRows: layout.gridRows,
        }}
      >
        <div
          ref={corner}
          className="roadmap-board__corner"
          style={{ gridRow: '1', gridColumn: '1' }}
        >
          Tracks
        </div>
        {layout.columns.map((column, index) => (
          <ColumnHeader
            key={column.key}
            column={column}
            columnIndex={index}
            load={loads[index]}
            editable={column.firstPeriod === column.lastPeriod}
            onCapacity={props.onCapacity}
          />
        ))}
        {layout.bands.map((band) => (
          <Band key={band.track.id} band={band} {...props} />
        ))}
      </div>
    </section>
  );
}

function Band({ band, ...props }: BoardProps & { band: TrackBand }) {
  const { layout, loads } = props;
  const names = boardNames(layout);
  const covered = coveredColumns(band, layout.columns.length);
  const name = bandGridArea(band, 'name');
  return (
    <>
      <h3
        className="roadmap-track"
        style={{ ...name, '--track-color': band.track.color } as CSSProperties}
      >
        <span className="roadmap-track__name">{band.track.name}</span>
      </h3>
      {layout.columns.map((column, columnIndex) => (
        <BoardCell
          key={column.key}
          trackId={band.track.id}
          columnIndex={columnIndex}
          {...bandGridArea(band, columnIndex)}
          over={loads[columnIndex]?.over ?? false}
          empty={!covered[columnIndex]}
        />
      ))}
      {layout.columns.map((column, columnIndex) => (
        <ul
          key={column.key}
          className="roadmap-cell__cards"
          aria-label={cellName(names, { trackId: band.track.id, columnIndex })}
          data-cell-key={cellKey(band.track.id, columnIndex)}
        >
          {(band.cells[columnIndex] ?? []).map((card) => (
            <BoardCard key={card.placement.itemId} band={band} card={card} {...props} />
          ))}
        </ul>
      ))}
    </>
  );
}

function BoardCard({ band, card, ...props }: BoardProps & { band: TrackBand; card: CardPosition }) {
  const { placement } = card;
  const item = props.itemsById.get(placement.itemId);
  const facts = props.factsById.get(placement.itemId);
  if (!item || !facts) return null;
  const { gridRow, gridColumn } = cardGridArea(band, card);
  const last = quarterLabel(props.roadmap, placement.periodIndex + placement.span - 1);
  const spanText = placement.span > 1 ? `${placement.span} quarters, to ${last}` : null;
  const cell = cellName(boardNames(props.layout), {
    trackId: band.track.id,
    columnIndex: card.firstColumn,
  });
  const where = spanText ? `${cell}, spanning ${spanText}` : cell;
  return (
    <RoadmapCard
      itemId={item.id}
      title={item.title}
      facts={facts}
      trackColor={band.track.color}
      span={placement.span}
      spanText={spanText}
      where={where}
      gridRow={gridRow}
      gridColumn={gridColumn}
      picked={props.pickedItemId === item.id}
      placeholder={props.draggedItemId === item.id}
      commands={props.commands}
    />
  );
}

/** For each column, whether any card of the band lies in it. */
function coveredColumns(band: TrackBand, columnCount: number): boolean[] {
  const covered = new Array<boolean>(columnCount).fill(false);
  for (const cell of band.cells) {
    for (const card of cell) {
      for (let c = card.firstColumn; c <= card.lastColumn; c++) covered[c] = true;
    }
  }
  return covered;
}

function boardNames(layout: BoardLayout): BoardNames {
  return { columns: layout.columns, tracks: layout.bands.map((band) => band.track) };
}

/**
 * Keeps `--board-head` on the board at the height of its sticky column headers, so track names
 * and focused cards stop just below them however tall the headers are (an over-capacity line,
 * a narrow window).
 */
function useHeaderHeight(
  corner: RefObject<HTMLElement | null>,
  board: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const head = corner.current;
    if (!head || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      board.current?.style.setProperty('--board-head', `${head.offsetHeight}px`);
    });
    observer.observe(head);
    return () => observer.disconnect();
  }, [corner, board]);
}
