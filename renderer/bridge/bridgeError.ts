import type { Channel } from '../../shared/ipc/contract';
import type { BridgeErrorCode } from '../../shared/ipc/http';

/**
 * Why a call across the bridge failed. The host's own codes (`BridgeErrorCode`) plus the ways
 * the renderer itself can tell a call went wrong.
 */
export type BridgeFailure =
  | BridgeErrorCode
  /** The host could not be reached at all (server stopped, connection refused). */
  | 'network'
  /** The host answered with something the contract does not allow. */
  | 'bad-response'
  /** The renderer tried to send something the contract does not allow (a bug in the app). */
  | 'invalid-request';

/** The host-side channel name is technical; facilitators read what the call was for. */
const ACTIVITY: Record<Channel, string> = {
  'app:info': 'starting up',
  'workshop:new': 'creating a workshop',
  'workshop:open': 'opening the file',
  'workshop:openRecent': 'opening the file',
  'workshop:save': 'saving',
  'workshop:saveAs': 'saving',
  'workshop:close': 'closing the file',
  'recent:list': 'listing recent files',
  'files:list': 'listing the folder',
  'files:createFolder': 'creating the folder',
  'recovery:write': 'saving a recovery copy',
  'recovery:list': 'looking for unsaved work',
  'recovery:restore': 'restoring unsaved work',
  'recovery:discard': 'discarding unsaved work',
  'import:readFile': 'reading the file to import',
  'export:save': 'saving the export',
  'export:pdf': 'making the PDF',
  'print:job': 'preparing the print view',
  'prefs:get': 'reading preferences',
  'prefs:set': 'saving preferences',
  'window:setDirty': 'updating the window',
  'window:close': 'closing the window',
};

function friendlyMessage(code: BridgeFailure, channel: Channel, detail: string): string {
  const activity = ACTIVITY[channel];
  switch (code) {
    case 'network':
      return `Tradeoff lost contact with its local server while ${activity}. If you closed the terminal that runs it, start it again with “npm start”; your unsaved work is kept in this page until you close it.`;
    case 'forbidden':
      return `This page is not allowed to talk to the Tradeoff server (${detail}). Open the link that “npm start” printed; it carries the page's access key.`;
    case 'unknown-channel':
      return `The Tradeoff host does not support ${activity}. The app and its host may be from different versions.`;
    case 'bad-request':
      return `The Tradeoff host refused the request while ${activity}: ${detail}`;
    case 'internal':
      return `Something went wrong in Tradeoff while ${activity}: ${detail}`;
    case 'bad-response':
      return `The Tradeoff host answered with data this app does not understand while ${activity} (${detail}).`;
    case 'invalid-request':
      return `Tradeoff tried to send invalid data while ${activity} (${detail}). Nothing was changed.`;
  }
}

export class BridgeError extends Error {
  override readonly name = 'BridgeError';

  constructor(
    readonly code: BridgeFailure,
    readonly channel: Channel,
    /** The technical reason, kept for logs and tests; `message` is what a person reads. */
    readonly detail: string,
  ) {
    super(friendlyMessage(code, channel, detail));
  }
}

/** A sentence to show for any failure, whether it came from the bridge or elsewhere. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message;
  return `Something unexpected went wrong: ${String(error)}`;
}
