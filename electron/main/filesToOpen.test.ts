import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  createFileOpener,
  openFileListener,
  secondInstanceListener,
  workshopFilesInArgv,
  type FileOpenerServices,
} from './filesToOpen';

const here = path.resolve('/home/ana/work');
const q3 = path.join(here, 'Q3 planning.tradeoff');

describe('workshopFilesInArgv', () => {
  it('finds the double-clicked file after the executable (Windows, Linux)', () => {
    expect(workshopFilesInArgv(['/opt/Tradeoff/tradeoff', q3], here)).toEqual([q3]);
  });

  it('skips switches, the entry script and other files', () => {
    const argv = [
      '/usr/lib/electron/electron',
      'dist/electron/main.cjs',
      '--user-data-dir=/tmp/u.tradeoff',
      '-psn_0_12345',
      'notes.csv',
      q3,
    ];
    expect(workshopFilesInArgv(argv, here)).toEqual([q3]);
  });

  it('resolves a relative path against the folder the command ran in', () => {
    expect(workshopFilesInArgv(['tradeoff', 'Q3 planning.tradeoff'], here)).toEqual([q3]);
  });

  it('reads the file:// URLs some Linux desktops pass', () => {
    expect(workshopFilesInArgv(['tradeoff', pathToFileURL(q3).href], here)).toEqual([q3]);
  });

  it('accepts the extension in any case', () => {
    const upper = path.join(here, 'OLD.TRADEOFF');
    expect(workshopFilesInArgv(['tradeoff', upper], here)).toEqual([upper]);
  });
});

/** A loaded window's web contents, recording what main pushes to it. */
const fakeWindow = () => ({ send: vi.fn() });

function fakeServices(): FileOpenerServices & { granted: string[] } {
  const granted: string[] = [];
  return {
    granted,
    grant: vi.fn((filePath: string) => {
      granted.push(filePath);
      return filePath.endsWith('.tradeoff') ? `grant-${granted.length}-abcdefgh` : null;
    }),
    ensureWindow: vi.fn(),
  };
}

describe('createFileOpener', () => {
  it('keeps a file asked for at launch until the services run and the page has loaded', () => {
    const opener = createFileOpener();
    const services = fakeServices();
    const window = fakeWindow();
    opener.request([q3]);
    opener.start(services);
    expect(services.granted).toEqual([]);
    opener.attach(window);
    expect(services.granted).toEqual([q3]);
    expect(window.send).toHaveBeenCalledWith('menu:command', {
      command: 'open',
      recentFileId: 'grant-1-abcdefgh',
    });
  });

  it('sends a file asked for while running straight to the window', () => {
    const opener = createFileOpener();
    const window = fakeWindow();
    opener.start(fakeServices());
    opener.attach(window);
    opener.request([q3]);
    expect(window.send).toHaveBeenCalledOnce();
  });

  it('opens a window for a file asked for while none is open', () => {
    const opener = createFileOpener();
    const services = fakeServices();
    const window = fakeWindow();
    opener.start(services);
    opener.attach(window);
    opener.detach(window);
    opener.request([q3]);
    expect(services.ensureWindow).toHaveBeenCalledOnce();
    expect(window.send).not.toHaveBeenCalled();

    const next = fakeWindow();
    opener.attach(next);
    expect(next.send).toHaveBeenCalledOnce();
  });

  it('sends nothing for a path the services would not grant, and each file once', () => {
    const opener = createFileOpener();
    const window = fakeWindow();
    opener.start(fakeServices());
    opener.attach(window);
    opener.request(['/home/ana/folder']);
    opener.attach(window);
    expect(window.send).not.toHaveBeenCalled();
  });

  it('ignores the detach of a window it no longer sends to', () => {
    const opener = createFileOpener();
    const [first, second] = [fakeWindow(), fakeWindow()];
    opener.start(fakeServices());
    opener.attach(first);
    opener.attach(second);
    opener.detach(first);
    opener.request([q3]);
    expect(second.send).toHaveBeenCalledOnce();
  });
});

describe('listeners for the Electron app', () => {
  it("takes macOS's open-file, so that macOS does not report a failure", () => {
    const opener = createFileOpener();
    const window = fakeWindow();
    opener.start(fakeServices());
    opener.attach(window);
    const event = { preventDefault: vi.fn() };
    openFileListener(opener)(event, q3);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(window.send).toHaveBeenCalledOnce();
  });

  it("brings the running app forward and opens the second instance's file", () => {
    const opener = createFileOpener();
    const window = fakeWindow();
    const services = fakeServices();
    opener.start(services);
    opener.attach(window);
    const bringToFront = vi.fn();
    secondInstanceListener(opener, bringToFront)(
      {},
      ['C:\\Program Files\\Tradeoff\\Tradeoff.exe', '--allow-file-access', 'Q3 planning.tradeoff'],
      here,
    );
    expect(bringToFront).toHaveBeenCalledOnce();
    expect(services.granted).toEqual([q3]);
  });

  it('only brings the app forward when the second instance names no file', () => {
    const opener = createFileOpener();
    const services = fakeServices();
    opener.start(services);
    const bringToFront = vi.fn();
    secondInstanceListener(opener, bringToFront)({}, ['/opt/Tradeoff/tradeoff'], here);
    expect(bringToFront).toHaveBeenCalledOnce();
    expect(services.ensureWindow).not.toHaveBeenCalled();
  });
});
