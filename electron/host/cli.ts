import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { USAGE, parseCliArgs } from './cliArgs';
import { openInBrowser } from './openInBrowser';
import { startBrowserHost } from './server';

/**
 * `node dist/host/cli.mjs`: the browser host for machines where Electron cannot run (issue 2,
 * "Install and start"). Prints one line with the URL and runs until SIGINT or SIGTERM.
 */
async function main(): Promise<number> {
  const command = parseCliArgs(process.argv.slice(2), {
    platform: process.platform,
    homeDir: os.homedir(),
    env: process.env,
    bundleDir: path.dirname(fileURLToPath(import.meta.url)),
  });
  if (command.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command.kind === 'error') {
    console.error(`${command.message}\n\n${USAGE}`);
    return 2;
  }
  const { options } = command;
  if (!existsSync(path.join(options.rendererDir, 'index.html'))) {
    console.error(
      `The app is not built: ${options.rendererDir} has no index.html. Run npm run build.`,
    );
    return 1;
  }

  // Listen before announcing the URL: whoever reads that line may stop us at once. `on`, not
  // `once`: a second Ctrl+C (or one forwarded by `npm start`) must not kill a half-done close.
  const stopRequested = new Promise<void>((resolve) => {
    process.on('SIGINT', () => resolve());
    process.on('SIGTERM', () => resolve());
  });
  const host = await startBrowserHost(options);
  console.log(`Tradeoff is running at ${host.url}`);
  console.log(
    'found' in host.chromium
      ? `PDF export prints with ${host.chromium.found}.`
      : `PDF export: ${host.chromium.missing}; File → Export PDF… opens the browser's print dialog instead.`,
  );
  if (options.open) void openInBrowser(host.url, { userDataDir: options.userDataDir });

  await stopRequested;
  await host.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
