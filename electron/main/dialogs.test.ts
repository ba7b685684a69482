import { describe, expect, it, vi } from 'vitest';
import { createNativeDialogs, WORKSHOP_FILTERS, type NativeDialogDeps } from './dialogs';

function deps(overrides: Partial<NativeDialogDeps> = {}): NativeDialogDeps {
  return {
    showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
    exists: vi.fn(() => Promise.resolve(false)),
    ...overrides,
  };
}

describe('createNativeDialogs', () => {
  it('is the native kind', () => {
    expect(createNativeDialogs(deps()).kind).toBe('native');
  });

  it('opens one .tradeoff file starting in the workshop folder', async () => {
    const showOpenDialog = vi.fn(() =>
      Promise.resolve({ canceled: false, filePaths: ['/home/ana/Tradeoff/Q3.tradeoff'] }),
    );
    const dialogs = createNativeDialogs(deps({ showOpenDialog }));
    await expect(dialogs.showOpen('/home/ana/Tradeoff')).resolves.toBe(
      '/home/ana/Tradeoff/Q3.tradeoff',
    );
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: '/home/ana/Tradeoff',
        properties: ['openFile'],
        filters: WORKSHOP_FILTERS,
      }),
    );
  });

  it('answers null when the open dialog is cancelled', async () => {
    await expect(createNativeDialogs(deps()).showOpen('/w')).resolves.toBeNull();
  });

  it('saves where the user chose, filtered to .tradeoff', async () => {
    const showSaveDialog = vi.fn(() =>
      Promise.resolve({ canceled: false, filePath: '/w/Q3 planning.tradeoff' }),
    );
    const dialogs = createNativeDialogs(deps({ showSaveDialog }));
    await expect(dialogs.showSave('/w/Untitled.tradeoff')).resolves.toBe('/w/Q3 planning.tradeoff');
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/w/Untitled.tradeoff', filters: WORKSHOP_FILTERS }),
    );
  });

  it('answers null when the save dialog is cancelled', async () => {
    await expect(createNativeDialogs(deps()).showSave('/w/a.tradeoff')).resolves.toBeNull();
  });

  it('adds the extension a dialog left off', async () => {
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: false, filePath: '/w/Q3' }));
    const dialogs = createNativeDialogs(deps({ showSaveDialog }));
    await expect(dialogs.showSave('/w/a.tradeoff')).resolves.toBe('/w/Q3.tradeoff');
  });

  it('asks again rather than overwrite a file the dialog did not name', async () => {
    const showSaveDialog = vi
      .fn<NativeDialogDeps['showSaveDialog']>()
      .mockResolvedValueOnce({ canceled: false, filePath: '/w/Q3' })
      .mockResolvedValueOnce({ canceled: false, filePath: '/w/Q3.tradeoff' });
    const exists = vi.fn((p: string) => Promise.resolve(p === '/w/Q3.tradeoff'));
    const dialogs = createNativeDialogs(deps({ showSaveDialog, exists }));
    await expect(dialogs.showSave('/w/a.tradeoff')).resolves.toBe('/w/Q3.tradeoff');
    expect(showSaveDialog).toHaveBeenCalledTimes(2);
    expect(showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ defaultPath: '/w/Q3.tradeoff' }),
    );
  });

  it('titles the workshop dialogs Open Workshop and Save Workshop by default', async () => {
    const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] }));
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: true, filePath: '' }));
    const dialogs = createNativeDialogs(deps({ showOpenDialog, showSaveDialog }));
    await dialogs.showOpen('/w');
    await dialogs.showSave('/w/a.tradeoff');
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Open Workshop' }),
    );
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Save Workshop' }),
    );
  });

  it('opens a CSV to import with its own title and filter', async () => {
    const showOpenDialog = vi.fn(() =>
      Promise.resolve({ canceled: false, filePaths: ['/w/jira.csv'] }),
    );
    const dialogs = createNativeDialogs(deps({ showOpenDialog }));
    await expect(dialogs.showOpen('/w', 'csv')).resolves.toBe('/w/jira.csv');
    expect(showOpenDialog).toHaveBeenCalledWith({
      title: 'Import CSV',
      defaultPath: '/w',
      properties: ['openFile'],
      filters: [{ name: 'CSV or TSV', extensions: ['csv', 'tsv', 'txt'] }],
    });
  });

  it.each([
    ['svg', 'Export SVG', 'SVG image'],
    ['png', 'Export PNG', 'PNG image'],
    ['pdf', 'Export PDF', 'PDF document'],
  ] as const)('exports %s with its title and filter', async (kind, title, filterName) => {
    const showSaveDialog = vi.fn(() =>
      Promise.resolve({ canceled: false, filePath: `/w/roadmap.${kind}` }),
    );
    const dialogs = createNativeDialogs(deps({ showSaveDialog }));
    await expect(dialogs.showSave(`/w/roadmap.${kind}`, kind)).resolves.toBe(`/w/roadmap.${kind}`);
    expect(showSaveDialog).toHaveBeenCalledWith({
      title,
      defaultPath: `/w/roadmap.${kind}`,
      filters: [{ name: filterName, extensions: [kind] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it("adds the export kind's extension a dialog left off, not .tradeoff", async () => {
    const showSaveDialog = vi.fn(() =>
      Promise.resolve({ canceled: false, filePath: '/w/roadmap' }),
    );
    const dialogs = createNativeDialogs(deps({ showSaveDialog }));
    await expect(dialogs.showSave('/w/roadmap.pdf', 'pdf')).resolves.toBe('/w/roadmap.pdf');
  });

  it('keeps a CSV export name that already ends in .csv, whatever its case', async () => {
    const showSaveDialog = vi.fn(() =>
      Promise.resolve({ canceled: false, filePath: '/w/BACKLOG.CSV' }),
    );
    const dialogs = createNativeDialogs(deps({ showSaveDialog }));
    await expect(dialogs.showSave('/w/backlog.csv', 'csv')).resolves.toBe('/w/BACKLOG.CSV');
  });
});
