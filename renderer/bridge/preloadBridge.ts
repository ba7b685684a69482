import { eventMethodName, splitChannel } from '../../shared/ipc/api';
import type { Subscribe, Transport } from './validatedApi';

type AnyFunction = (...args: unknown[]) => unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function member(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

function isFunction(value: unknown): value is AnyFunction {
  return typeof value === 'function';
}

/**
 * Reads the object the Electron preload put on `window.tradeoff`. Its presence means this is the
 * desktop app; each method is looked up and checked when called rather than trusted by its type,
 * so a preload from another version fails with the name of what is missing.
 */
export function preloadTransport(
  candidate: unknown,
): { call: Transport; subscribe: Subscribe } | null {
  if (!isRecord(candidate)) return null;
  const call: Transport = async (channel, request) => {
    const [area, verb] = splitChannel(channel);
    const method = member(member(candidate, area), verb);
    if (!isFunction(method)) throw new Error(`the desktop app's bridge has no “${channel}”`);
    return method(request);
  };
  const subscribe: Subscribe = (event, listener) => {
    const on = member(member(candidate, 'events'), eventMethodName(event));
    if (!isFunction(on)) {
      console.warn(`The desktop app's bridge has no "${event}" events.`);
      return () => undefined;
    }
    const unsubscribe = on(listener);
    return isFunction(unsubscribe) ? () => void unsubscribe() : () => undefined;
  };
  return { call, subscribe };
}
