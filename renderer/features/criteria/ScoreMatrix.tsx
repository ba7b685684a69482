import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { manualOrder } from '../../../shared/backlog/ranking';
import { scoreOf } from '../../../shared/criteria/scoring';
import type { BacklogItem, Criterion } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import type { EditStart } from './CellEditor';
import { nextCell, type CellPosition, type NavigationKey } from './gridNavigation';
import { MatrixHeader } from './MatrixHeader';
import { cellId, MatrixRow } from './MatrixRow';
import { renderedRows, useViewport, visibleRows } from './rowWindow';
import './matrix.css';

const NO_ITEMS: BacklogItem[] = [];
const NO_CRITERIA: Criterion[] = [];
/** Row height in rem: one line of a title at the projector's type size, with room to breathe. */
const ROW_REM = 2.75;

interface Editing extends CellPosition {
  start: EditStart;
}

function typedCharacter(event: KeyboardEvent): boolean {
  return (
    event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey
  );
}

/**
 * Items × criteria, scored from the keyboard like a spreadsheet (gridNavigation.ts): type a
 * score, Enter or Tab to move on; Delete clears; F2 or a double click edits. One cell holds the
 * cursor (roving tabindex), so Tab reaches the grid once; Escape, then Tab, leaves it. Rows are
 * virtualized (rowWindow.ts) and memoized: typing a score re-renders that item's row only.
 */
export function ScoreMatrix() {
  const items = useDocument((s) => s.doc?.items ?? NO_ITEMS);
  const criteria = useDocument((s) => s.doc?.criteria ?? NO_CRITERIA);
  const setScore = useDocument((s) => s.setItemScore);
  const rows = useMemo(() => manualOrder(items), [items]);
  const [cursor, setCursor] = useState<CellPosition>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const focusCursor = useRef(false);
  const leaveOnTab = useRef(false);
  const viewport = useViewport(scroller);

  const rowHeight = Math.round(viewport.rem * ROW_REM);
  const cols = criteria.length + 1;
  // Rows or criteria may have gone (undo, a deletion): the cursor stays inside the grid.
  const at = {
    row: Math.max(0, Math.min(cursor.row, rows.length - 1)),
    col: Math.max(0, Math.min(cursor.col, cols - 1)),
  };
  const size = {
    rows: rows.length,
    cols,
    page: Math.max(1, Math.floor(viewport.height / rowHeight) - 1),
  };

  const moveTo = (next: CellPosition) => {
    focusCursor.current = true;
    setCursor(next);
  };

  /** Opens the editor on a cell: with the typed character, or (F2, double click) its score. */
  const startEditing = (row: number, col: number, typed: string | null) => {
    const item = rows[row];
    const criterion = criteria[col];
    if (!item || !criterion) return;
    const current = scoreOf(item, criterion.id);
    const start: EditStart =
      typed === null
        ? { text: current === null ? '' : String(current), mode: 'edit' }
        : { text: typed, mode: 'enter' };
    setEditing({ row, col, start });
  };

  // The row callbacks reach memoized rows as stable functions that call the latest ones.
  const latest = useRef({
    commit: (_score: number | null, _move: NavigationKey | null) => {},
    cancel: (_refocus: boolean) => {},
    startEditing: (_row: number, _col: number) => {},
  });
  useLayoutEffect(() => {
    latest.current = {
      startEditing: (row, col) => startEditing(row, col, null),
      commit: (score, move) => {
        const item = editing ? rows[editing.row] : undefined;
        const criterion = editing ? criteria[editing.col] : undefined;
        if (!editing || !item || !criterion) return;
        setScore(item.id, criterion.id, score);
        setEditing(null);
        // Without a key (focus went elsewhere, e.g. a click) the cursor stays and focus is left
        // where the person put it.
        if (!move) return;
        const next = nextCell(editing, move, size);
        moveTo(next && next !== 'leave' ? next : editing);
      },
      cancel: (refocus) => {
        if (!editing) return;
        setEditing(null);
        if (refocus) moveTo(editing);
      },
    };
  });
  const onCommit = useCallback(
    (score: number | null, move: NavigationKey | null) => latest.current.commit(score, move),
    [],
  );
  const onCancel = useCallback((refocus: boolean) => latest.current.cancel(refocus), []);
  const onStartEditing = useCallback(
    (row: number, col: number) => latest.current.startEditing(row, col),
    [],
  );

  // Moving the cursor by keyboard moves focus with it; the browser scrolls the cell into view.
  useLayoutEffect(() => {
    if (!focusCursor.current || editing) return;
    focusCursor.current = false;
    scroller.current
      ?.querySelector<HTMLElement>(`[data-cell="${cellId(at.row, at.col)}"]`)
      ?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || !(event.target instanceof HTMLElement) || !event.target.dataset.cell) return;
    const item = rows[at.row];
    const criterion = criteria[at.col];
    if (event.key === 'Escape') {
      leaveOnTab.current = true;
      return;
    }
    if (event.key === 'Tab' && leaveOnTab.current) {
      leaveOnTab.current = false;
      return;
    }
    leaveOnTab.current = false;
    if (item && criterion && (event.key === 'Delete' || event.key === 'Backspace')) {
      event.preventDefault();
      setScore(item.id, criterion.id, null);
      return;
    }
    if (item && criterion && (event.key === 'F2' || typedCharacter(event))) {
      event.preventDefault();
      startEditing(at.row, at.col, event.key === 'F2' ? null : event.key);
      return;
    }
    const next = nextCell(at, event, size);
    if (next === null || next === 'leave') return;
    event.preventDefault();
    moveTo(next);
  };

  // Clicks and programmatic focus put the cursor where focus is.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const id = event.target instanceof HTMLElement ? event.target.dataset.cell : undefined;
    const [row, col] = (id ?? '').split(':').map(Number);
    if (row === undefined || col === undefined || !Number.isInteger(row) || !Number.isInteger(col))
      return;
    if (row !== at.row || col !== at.col) setCursor({ row, col });
  };

  const range = visibleRows(viewport.scrollTop, viewport.height, rowHeight, rows.length);
  const columns = {
    '--matrix-criteria': criteria.length,
  } as CSSProperties;

  return (
    <div
      ref={scroller}
      className="matrix"
      style={columns}
      role="grid"
      aria-label="Scores by item and criterion"
      aria-rowcount={rows.length + 1}
      aria-colcount={criteria.length + 2}
      aria-describedby="criteria-matrix-help"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <MatrixHeader criteria={criteria} />
      <div role="rowgroup" className="matrix__body" style={{ height: rows.length * rowHeight }}>
        {renderedRows(range, at.row, rows.length).map((row) => {
          const item = rows[row];
          if (!item) return null;
          return (
            <MatrixRow
              key={item.id}
              item={item}
              criteria={criteria}
              row={row}
              top={row * rowHeight}
              height={rowHeight}
              activeCol={row === at.row ? at.col : -1}
              editing={editing?.row === row ? editing : null}
              onCommit={onCommit}
              onCancel={onCancel}
              onStartEditing={onStartEditing}
            />
          );
        })}
      </div>
    </div>
  );
}
