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
});
