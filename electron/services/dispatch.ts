import type { Channel } from '../../shared/ipc/contract';
import { isChannel } from '../../shared/ipc/contract';
import type { WireResult } from '../../shared/ipc/http';
import { formatPath } from '../../shared/workshop/describeIssue';
import { channelSchemas } from './compiledSchemas';
import { ServiceError } from './serviceError';
import type { Handlers } from './types';

/**
 * The one gate between a host's transport (IPC or HTTP) and the services (STYLE §3): refuses
 * unknown channels, parses the request with the channel's schema before any work, parses the
 * handler's answer too, and turns every thrown error into a safe message (no stack, no paths).
 * It never throws, so a host cannot leak an exception to the page.
 */
export interface DispatcherOptions {
  /** Called with the full error for the host's log; never shown to the page. */
  onError?: (channel: Channel, error: unknown) => void;
}

type AnyHandler = (request: unknown) => Promise<unknown>;

export function createDispatcher(
  handlers: Handlers,
  options: DispatcherOptions = {},
): (channel: unknown, request: unknown) => Promise<WireResult> {
  return async (channel, request) => {
    try {
      if (!isChannel(channel)) {
        return fail('unknown-channel', `There is no channel ${showName(channel)}.`);
      }
      const schemas = channelSchemas(channel);
      const parsed = schemas.request.safeParse(request);
      if (!parsed.success) {
        return fail('bad-request', `Invalid request for ${channel}: ${firstIssue(parsed.error)}.`);
      }
      const handler: AnyHandler | undefined = Object.hasOwn(handlers, channel)
        ? (handlers[channel] as AnyHandler)
        : undefined;
      if (typeof handler !== 'function') {
        return fail('internal', `${channel} is not available in this host.`);
      }

      let value: unknown;
      try {
        value = await handler(parsed.data);
      } catch (error) {
        options.onError?.(channel, error);
        return fail('internal', safeMessage(channel, error));
      }

      const checked = schemas.response.safeParse(value);
      if (!checked.success) {
        options.onError?.(channel, checked.error);
        return fail('internal', `${channel} produced an answer that does not match the contract.`);
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      // Only reachable through a bug in the schemas or the hooks; still answer, never throw.
      return fail('internal', safeMessage(isChannel(channel) ? channel : null, error));
    }
  };
}

function fail(code: 'bad-request' | 'unknown-channel' | 'internal', message: string): WireResult {
  return { ok: false, error: { code, message } };
}

type Issue = { path: PropertyKey[]; message: string; code?: string; keys?: string[] };

function firstIssue(error: { issues: readonly Issue[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not match the contract';
  const at = issue.path.length > 0 ? formatPath(issue.path) : 'the request';
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `${at} has unexpected ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys
      .slice(0, 5)
      .map((k) => JSON.stringify(k.slice(0, 40)))
      .join(', ')}`;
  }
  return `${at}: ${scrub(issue.message)}`;
}

function showName(channel: unknown): string {
  if (typeof channel !== 'string') return `of type ${channel === null ? 'null' : typeof channel}`;
  const printable = channel.replace(/[^\x20-\x7e]/g, '?').slice(0, 60);
  return JSON.stringify(printable + (channel.length > 60 ? '…' : ''));
}

/** A ServiceError speaks to the user; anything else is reduced to the channel and errno code. */
function safeMessage(channel: Channel | null, error: unknown): string {
  if (error instanceof ServiceError) return scrub(error.message);
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const suffix = /^E[A-Z0-9]{2,20}$/.test(code) ? ` (${code})` : '';
  return `Tradeoff could not complete ${channel ?? 'the request'}${suffix}.`;
}

/** Where an absolute path starts: a drive (`C:\`), a UNC share (`\\server`) or a POSIX root. */
const PATH_START = String.raw`(?:[A-Za-z]:[\\/]|\\\\|/(?=[^\s/]))`;

/**
 * A quoted path (the way Node's errors name files) runs to the quote that closes it — one
 * followed by a space, punctuation or the end — so a space or an apostrophe inside it does not
 * end it early.
 */
const QUOTED_PATH = new RegExp(
  String.raw`(["'“‘])${PATH_START}[^\r\n]*?(?=["'”’](?:[\s,.;:!?)\]]|$))`,
  'g',
);

/**
 * An unquoted path runs on over spaces while the next word still looks like part of it: it
 * contains a separator (`My Files/Q3`) or is a file name with an extension (`Q3 plan.tradeoff`).
 */
const CONTINUATION = String.raw`(?:[ \t]+(?:[^\s"'“”‘’]*[\\/][^\s"'“”‘’]*|[^\s"'“”‘’\\/]+\.[A-Za-z0-9]{1,10}(?=[\s"'”’),;:]|$)))*`;
const WINDOWS_PATH = new RegExp(
  String.raw`(?:[A-Za-z]:[\\/]|\\\\)[^\s"'“”‘’]*${CONTINUATION}`,
  'g',
);
const POSIX_PATH = new RegExp(String.raw`(^|[\s"'“‘(])/[^\s"'”’)]+${CONTINUATION}`, 'g');

/** Removes anything that looks like an absolute path (POSIX, Windows drive or UNC) from text. */
export function scrub(message: string): string {
  // Error messages are short; the cut keeps a pathological one from costing the host time.
  return message
    .slice(0, 2000)
    .replace(QUOTED_PATH, '$1…')
    .replace(WINDOWS_PATH, '…')
    .replace(POSIX_PATH, '$1…')
    .slice(0, 500);
}
