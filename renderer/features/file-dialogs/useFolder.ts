import { useCallback, useEffect, useState } from 'react';
import type { FolderListing, ImportKind } from '../../../shared/ipc/contract';
import type { Api } from '../../../shared/ipc/api';
import { describeFailure } from '../../bridge/bridgeError';

export interface FolderState {
  listing: FolderListing | null;
  error: string | null;
  loading: boolean;
  /** Shows a folder (the host's workshop folder when no id is given). */
  go(folderId?: string): Promise<void>;
  /** Creates a folder in the one shown and shows the updated listing. */
  createFolder(name: string): Promise<boolean>;
}

/** Browses the host's workshop folder through `files:list`; the host hands out every id. */
export function useFolder(api: Api, accept: ImportKind = 'workshop'): FolderState {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const show = useCallback(async (load: () => Promise<FolderListing>): Promise<boolean> => {
    setLoading(true);
    try {
      setListing(await load());
      setError(null);
      return true;
    } catch (failure) {
      setError(describeFailure(failure));
      return false;
    } finally {
      setLoading(false);
    }
  }, []);

  const go = useCallback(
    async (folderId?: string) => {
      await show(() => api.files.list(folderId ? { folderId, accept } : { accept }));
    },
    [api, accept, show],
  );

  const createFolder = useCallback(
    (name: string) => {
      if (!listing) return Promise.resolve(false);
      return show(() => api.files.createFolder({ parentId: listing.folder.id, name }));
    },
    [api, listing, show],
  );

  // The first listing: state changes only when the answer arrives, and not after closing.
  useEffect(() => {
    let open = true;
    api.files
      .list({ accept })
      .then(
        (first) => open && setListing(first),
        (failure: unknown) => open && setError(describeFailure(failure)),
      )
      .finally(() => open && setLoading(false));
    return () => {
      open = false;
    };
  }, [api, accept]);

  return { listing, error, loading, go, createFolder };
}
