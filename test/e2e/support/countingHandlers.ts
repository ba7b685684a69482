import type { Channel } from '../../../shared/ipc/contract';
import { channels } from '../../../shared/ipc/contract';
import type { ServiceHandlers } from '../../../electron/services/types';

/**
 * Services that only count: for tests that prove a request never reached a service. `app:info`
 * answers like the real one; every other channel records the call and fails.
 */
export function countingHandlers(): { handlers: ServiceHandlers; calls: Channel[] } {
  const calls: Channel[] = [];
  const refuse = (channel: Channel) => () => {
    calls.push(channel);
    return Promise.reject(new Error(`${channel} is not served in this test`));
  };
  const handlers = Object.fromEntries(channels.map((c) => [c, refuse(c)]));
  return {
    calls,
    handlers: {
      ...(handlers as unknown as ServiceHandlers),
      'app:info': () => {
        calls.push('app:info');
        return Promise.resolve({
          name: 'Tradeoff',
          version: '0.0.0-test',
          schemaVersion: 1,
          host: 'browser',
          dialogs: 'in-app',
          platform: process.platform,
        });
      },
    },
  };
}
