import { useCallback, useEffect, useState } from 'react';
import type { PrintJob } from '../../../shared/ipc/contract';
import { useServices } from '../../app/ServicesContext';
import type { AppServices } from '../../app/services';
import { describeFailure } from '../../bridge/bridgeError';
import type { MenuEntry } from '../../ui/MenuButton';

/**
 * The PDF's paper (issue 6: "landscape A4 or Letter, a preference"), kept by the host with the
 * other preferences and chosen from the File menu beside Export PDF….
 */
export type PdfPageSize = PrintJob['pageSize'];

const LABELS: Record<PdfPageSize, string> = { A4: 'A4 landscape', Letter: 'Letter landscape' };

export async function setPdfPageSize(
  { api, ui }: AppServices,
  pdfPageSize: PdfPageSize,
): Promise<PdfPageSize | null> {
  try {
    const { preferences } = await api.prefs.set({ pdfPageSize });
    ui.getState().notify('info', `PDFs will be printed on ${LABELS[preferences.pdfPageSize]}.`);
    return preferences.pdfPageSize;
  } catch (error) {
    ui.getState().notify('warning', `The page size could not be saved. ${describeFailure(error)}`);
    return null;
  }
}

/** The File menu's page size entries: the size in use is marked and cannot be picked again. */
export function usePdfPageSizeEntries(): MenuEntry[] {
  const services = useServices();
  const [size, setSize] = useState<PdfPageSize | null>(null);

  useEffect(() => {
    let cancelled = false;
    services.api.prefs.get({}).then(
      ({ preferences }) => {
        if (!cancelled) setSize(preferences.pdfPageSize);
      },
      // Start-up reports unreadable preferences already; the entries stay choosable.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [services]);

  const choose = useCallback(
    (next: PdfPageSize) => {
      void setPdfPageSize(services, next).then((stored) => {
        if (stored) setSize(stored);
      });
    },
    [services],
  );

  return (['A4', 'Letter'] as const).map((option, index) => ({
    label: LABELS[option],
    detail: option === size ? 'Used for PDFs' : undefined,
    disabled: option === size,
    onSelect: () => choose(option),
    section: index === 0 ? 'PDF page size' : undefined,
  }));
}
