import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { decodeCsvBytes } from '../../../../shared/backlog/csv/decode';
import { detectSource, type SourceDetection } from '../../../../shared/backlog/csv/detect';
import {
  planImportCooperatively,
  summarizeImportPlan,
  type ImportPlan,
} from '../../../../shared/backlog/csv/importRows';
import {
  mappingProblems,
  proposeMapping,
  type ColumnMapping,
  type MappingProposal,
} from '../../../../shared/backlog/csv/mapping';
import { parseCsvCooperatively, type CsvTable } from '../../../../shared/backlog/csv/parse';
import { useServices } from '../../../app/ServicesContext';
import type { AppServices } from '../../../app/services';
import { pickImportFile } from '../../exchange/exchange';
import { backlogUiOf } from '../backlogUi';

/** What the import wizard has read so far about one file. */
export interface ImportSource {
  fileName: string;
  table: CsvTable;
  detection: SourceDetection;
  proposal: MappingProposal;
}

export type ImportStep =
  | { step: 'closed' }
  /** Parsing the file (`work: 'reading'`) or planning the import (`'planning'`), cancellable. */
  | { step: 'working'; work: 'reading' | 'planning'; fileName: string; done: number }
  /** The file could not be read as a CSV, or the import could not be written: nothing changed. */
  | { step: 'failed'; fileName: string; message: string }
  | { step: 'mapping'; source: ImportSource; mapping: ColumnMapping; problem: string | null }
  | { step: 'confirm'; source: ImportSource; mapping: ColumnMapping; plan: ImportPlan };

export interface ImportState {
  current: ImportStep;
  /** Asks for a file, then reads it, cooperatively, up to the mapping step. */
  start(): Promise<void>;
  setMapping(mapping: ColumnMapping): void;
  /** Works out what the import would do, up to the confirm step. */
  review(): Promise<void>;
  /** From the confirm step back to the mapping. */
  back(): void;
  /** Writes the confirmed plan as one undo entry, or nothing. */
  confirm(): void;
  /** Stops whatever runs and closes the wizard; the document is as it was. */
  cancel(): void;
}

/** Hands the window back between slices of parsing so that it keeps painting and answering. */
const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function createImportStore(services: AppServices) {
  const { documents } = services;
  /** Each run's number; a run that is no longer the current one stops at its next slice. */
  let run = 0;

  return createStore<ImportState>()((set, get) => {
    const supersededRun = (mine: number) => () => run !== mine;

    const read = async (fileName: string, bytes: Uint8Array) => {
      const mine = ++run;
      set({ current: { step: 'working', work: 'reading', fileName, done: 0 } });
      await yieldToHost();
      const text = decodeCsvBytes(bytes);
      const parsed = await parseCsvCooperatively(text, {
        yieldToHost,
        isCancelled: supersededRun(mine),
        onProgress: ({ charsRead, totalChars }) => {
          if (run === mine) {
            set({
              current: { step: 'working', work: 'reading', fileName, done: charsRead / totalChars },
            });
          }
        },
      });
      if (run !== mine) return;
      if (!parsed.ok) {
        set({ current: { step: 'failed', fileName, message: parsed.reason } });
        return;
      }
      const settings = documents.getState().doc?.settings;
      if (settings === undefined) {
        set({ current: { step: 'closed' } });
        return;
      }
      const detection = detectSource(parsed.table);
      const proposal = proposeMapping(parsed.table, detection.source, settings);
      set({
        current: {
          step: 'mapping',
          source: { fileName, table: parsed.table, detection, proposal },
          mapping: proposal.mapping,
          problem: null,
        },
      });
    };

    return {
      current: { step: 'closed' },

      start: async () => {
        const file = await pickImportFile(services);
        if (file === null) return;
        await read(file.name, file.bytes);
      },

      setMapping: (mapping) => {
        const current = get().current;
        if (current.step === 'mapping') set({ current: { ...current, mapping, problem: null } });
      },

      review: async () => {
        const current = get().current;
        const doc = documents.getState().doc;
        if (current.step !== 'mapping' || doc === null) return;
        const { source, mapping } = current;
        const problems = mappingProblems(mapping, source.table);
        if (problems.length > 0) {
          set({ current: { ...current, problem: problems.join(' ') } });
          return;
        }
        const mine = ++run;
        const working = (done: number): ImportStep => ({
          step: 'working',
          work: 'planning',
          fileName: source.fileName,
          done,
        });
        set({ current: working(0) });
        const planned = await planImportCooperatively(doc, source.table, mapping, {
          yieldToHost,
          isCancelled: supersededRun(mine),
          onProgress: ({ rowsRead, totalRows }) => {
            if (run === mine) set({ current: working(rowsRead / totalRows) });
          },
        });
        if (run !== mine) return;
        set({
          current: planned.ok
            ? { step: 'confirm', source, mapping, plan: planned.plan }
            : { step: 'mapping', source, mapping, problem: planned.reason },
        });
      },

      back: () => {
        const current = get().current;
        if (current.step === 'confirm') {
          set({
            current: {
              step: 'mapping',
              source: current.source,
              mapping: current.mapping,
              problem: null,
            },
          });
        }
      },

      confirm: () => {
        const current = get().current;
        if (current.step !== 'confirm') return;
        const { plan, source } = current;
        const result = documents.getState().importBacklogPlan(plan);
        if (!result.ok) {
          set({ current: { step: 'failed', fileName: source.fileName, message: result.reason } });
          return;
        }
        run += 1;
        set({ current: { step: 'closed' } });
        // Said in the backlog's own status line: a banner would stay and take the list's room.
        const summary = `Imported “${source.fileName}”: ${summarizeImportPlan(plan)}.`;
        backlogUiOf(services).getState().announce(summary);
      },

      cancel: () => {
        run += 1;
        set({ current: { step: 'closed' } });
      },
    };
  });
}

export type ImportStore = ReturnType<typeof createImportStore>;

const stores = new WeakMap<AppServices, ImportStore>();

export function importStoreOf(services: AppServices): ImportStore {
  let store = stores.get(services);
  if (store === undefined) {
    store = createImportStore(services);
    stores.set(services, store);
  }
  return store;
}

export function useImportStore<T>(selector: (state: ImportState) => T): T {
  return useStore(importStoreOf(useServices()), selector);
}
