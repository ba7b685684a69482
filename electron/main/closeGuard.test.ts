import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, type GuardedWindow } from './closeGuard';

function fakeWindow() {
  const state = { crashed: false, destroyed: false };
  const window = {
    close: vi.fn(),
    isDestroyed: () => state.destroyed,
    setDocumentEdited: vi.fn(),
    webContents: { send: vi.fn(), isCrashed: () => state.crashed },
  } satisfies GuardedWindow;
  const deferred: (() => void)[] = [];
  const guard = createCloseGuard(window, (run) => deferred.push(run));
  const runDeferred = () => deferred.splice(0).forEach((run) => run());
  return { window, guard, state, runDeferred };
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
});
