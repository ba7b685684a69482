import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { BrowserHost } from '../../../electron/host/server';
import { startBrowserHost } from '../../../electron/host/server';
import { TOKEN_HEADER } from '../../../shared/ipc/http';
import { tempDir } from '../harness';

/** The browser host with its real services, over real folders. */
const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuv';

let root: string;
let host: BrowserHost;
beforeEach(async () => {
  root = await tempDir('tradeoff-host-');
  const rendererDir = path.join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Tradeoff</title>');
  host = await startBrowserHost({
    rendererDir,
    userDataDir: path.join(root, 'userData'),
    workshopDir: path.join(root, 'workshop'),
    token: TOKEN,
    chromium: { missing: 'no Chromium in this test' },
    onServiceError: () => undefined,
  });
});
afterEach(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

const FolderListed = z.object({ value: z.object({ folder: z.object({ id: z.string() }) }) });

async function call(channel: string, request: unknown): Promise<{ status: number; body: unknown }> {
  const body = Buffer.from(JSON.stringify(request));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: {
          'content-type': 'application/json',
          'content-length': String(body.byteLength),
          [TOKEN_HEADER]: TOKEN,
        },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the browser host', () => {
  it('keeps its user-data folder private to the user (0700)', async () => {
    expect((await stat(path.join(root, 'userData'))).mode & 0o777).toBe(0o700);
  });

  it('accepts a PNG export larger than the old 64 MB body limit', async () => {
    const listing = FolderListed.parse((await call('files:list', {})).body);
    const folderId = listing.value.folder.id;
    const png = Buffer.alloc(52 * 1024 * 1024);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const content = png.toString('base64');
    expect(content.length).toBeGreaterThan(64 * 1024 * 1024);

    const saved = await call('export:save', {
      format: 'png',
      suggestedName: 'roadmap.png',
      content,
      encoding: 'base64',
      target: { folderId, fileName: 'roadmap.png' },
    });

    expect(saved).toMatchObject({ status: 200, body: { ok: true, value: { status: 'saved' } } });
    const written = await readFile(path.join(root, 'workshop', 'roadmap.png'));
    expect(written.equals(png)).toBe(true);
  }, 30_000);
});
