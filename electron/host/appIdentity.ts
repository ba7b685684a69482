import packageJson from '../../package.json' with { type: 'json' };
import type { AppIdentity } from '../services/types';

/** What `app:info` reports in the browser host; the bundler inlines the version. */
export function browserAppIdentity(): AppIdentity {
  return {
    name: packageJson.productName,
    version: packageJson.version,
    host: 'browser',
    platform: process.platform,
  };
}
