import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, holdQuitForUnsavedWork, type GuardedWindow } from './closeGuard';

function fakeWindow() {
  const state = { crashed: false, destroyed: false };
  const window = {
    close: vi.fn(),
    isDestroyed: () => state.destroyed,
    setDocumentEdited: vi.fn(),
    webContents: { send: vi.fn(), isCrashed: () => state.crashed },
  } satisfies GuardedWindow;
  const deferred: (() => void)[] = [];
  const quitApp = vi.fn();
  const guard = createCloseGuard(window, { defer: (run) => deferred.push(run), quitApp });
  const runDeferred = () => deferred.splice(0).forEach((run) => run());
  return { window, guard, state, runDeferred, quitApp };
}

const closeEvent = () => ({ preventDefault: vi.fn() });

describe('createCloseGuard', () => {
  it('lets a window without unsaved changes close', () => {
    const { guard, window } = fakeWindow();
    const event = closeEvent();
    guard.onClose(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('stops a dirty window from closing and asks the renderer', async () => {
    const { guard, window } = fakeWindow();
    await guard.handlers['window:setDirty']({ dirty: true });
    const event = closeEvent();
    guard.onClose(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(window.webContents.send).toHaveBeenCalledWith('window:closeRequested', {});
  });

  it('closes for real once the renderer says so, after replying', async () => {
    const { guard, window, runDeferred } = fakeWindow();
    await guard.handlers['window:setDirty']({ dirty: true });
    await expect(guard.handlers['window:close']({})).resolves.toEqual({ ok: true });
    expect(window.close).not.toHaveBeenCalled();
    runDeferred();
    expect(window.close).toHaveBeenCalledOnce();
    const event = closeEvent();
    guard.onClose(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('does not touch a window destroyed in the meantime', async () => {
    const { guard, window, state, runDeferred } = fakeWindow();
    await guard.handlers['window:close']({});
    state.destroyed = true;
    runDeferred();
    expect(window.close).not.toHaveBeenCalled();
  });

  it('asks again after the user cancelled the first prompt', async () => {
    const { guard, window } = fakeWindow();
    await guard.handlers['window:setDirty']({ dirty: true });
    guard.onClose(closeEvent());
    guard.onClose(closeEvent());
    expect(window.webContents.send).toHaveBeenCalledTimes(2);
  });

  it('lets the window close once the changes are saved', async () => {
    const { guard } = fakeWindow();
    await guard.handlers['window:setDirty']({ dirty: true });
    await guard.handlers['window:setDirty']({ dirty: false });
    const event = closeEvent();
    guard.onClose(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(guard.isDirty()).toBe(false);
  });

  it('mirrors the unsaved state in the native window', async () => {
    const { guard, window } = fakeWindow();
    await guard.handlers['window:setDirty']({ dirty: true });
    expect(window.setDocumentEdited).toHaveBeenLastCalledWith(true);
  });

  it('lets a window whose renderer crashed close, since nobody can answer', async () => {
    const { guard, state } = fakeWindow();
    await guard.handlers['window:setDirty']({ dirty: true });
    state.crashed = true;
    const event = closeEvent();
    guard.onClose(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('lets the app quit when nothing is unsaved', () => {
    const { guard, window } = fakeWindow();
    expect(guard.mayQuit()).toBe(true);
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('holds a quit with unsaved changes, asks, and quits once the renderer agrees', async () => {
    const { guard, window, runDeferred, quitApp } = fakeWindow();
    await guard.handlers['window:setDirty']({ dirty: true });
    expect(guard.mayQuit()).toBe(false);
    expect(window.webContents.send).toHaveBeenCalledWith('window:closeRequested', {});

    await guard.handlers['window:close']({});
    runDeferred();
    expect(quitApp).toHaveBeenCalledOnce();
    expect(window.close).not.toHaveBeenCalled();
    // The quit starts again: this window has its answer now.
    expect(guard.mayQuit()).toBe(true);
  });

  it('only closes the window when a cancelled quit is followed by closing the window', async () => {
    const { guard, runDeferred, quitApp, window } = fakeWindow();
    await guard.handlers['window:setDirty']({ dirty: true });
    guard.mayQuit();
    // The user cancelled (nothing comes back), then clicked the close button.
    guard.onClose(closeEvent());
    await guard.handlers['window:close']({});
    runDeferred();
    expect(quitApp).not.toHaveBeenCalled();
    expect(window.close).toHaveBeenCalledOnce();
  });
});

describe('holdQuitForUnsavedWork', () => {
  it('asks every window with unsaved changes and holds the quit', async () => {
    const [clean, dirtyA, dirtyB] = [fakeWindow(), fakeWindow(), fakeWindow()];
    await dirtyA.guard.handlers['window:setDirty']({ dirty: true });
    await dirtyB.guard.handlers['window:setDirty']({ dirty: true });
    const event = closeEvent();
    holdQuitForUnsavedWork(event, [clean.guard, dirtyA.guard, dirtyB.guard]);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(dirtyA.window.webContents.send).toHaveBeenCalledOnce();
    expect(dirtyB.window.webContents.send).toHaveBeenCalledOnce();
    expect(clean.window.webContents.send).not.toHaveBeenCalled();
  });

  it('lets the quit go on when every window may close', () => {
    const event = closeEvent();
    holdQuitForUnsavedWork(event, [fakeWindow().guard]);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
