/**
 * Run as a child process by atomicWrite.test.ts: starts an atomic write of `size` bytes of `fill`
 * over `target`, then kills its own process with SIGKILL at `when` — no cleanup code runs, as in
 * a power cut or a force-quit. Usage: node --import tsx crashingWriter.ts <when> <target> <size> <fill>
 */
import { open } from 'node:fs/promises';
import { writeFileAtomic } from '../../../electron/services/atomicWrite';

const [when, target, size, fill] = process.argv.slice(2);
if (!when || !target || !size || !fill) throw new Error('usage: <when> <target> <size> <fill>');

const die = (): never => {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
};

await writeFileAtomic(target, Buffer.alloc(Number(size), fill), {
  async open(filePath, flags, mode) {
    const handle = await open(filePath, flags, mode);
    if (when !== 'mid-write') return handle;
    return {
      write: async (buffer, offset, length, position) => {
        // Half the data reaches the temporary file, then the process dies.
        await handle.write(buffer, offset, Math.floor(length / 2), position);
        await handle.sync();
        return die();
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: async () => (when === 'before-rename' ? die() : undefined),
});
