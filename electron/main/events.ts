import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { events } from '../../shared/ipc/contract';

export interface EventReceiver {
  send(channel: string, payload: unknown): void;
}

/**
 * Pushes a contract event to a renderer. The payload is checked against the event's schema
 * here too, so main can never send something the preload would drop.
 */
export function sendEvent<E extends EventName>(
  target: EventReceiver,
  event: E,
  payload: EventPayload<E>,
): void {
  target.send(event, events[event].parse(payload));
}
