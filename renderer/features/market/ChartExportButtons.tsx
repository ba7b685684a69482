import { useState, type MouseEvent } from 'react';
import { chartPng, findChartSvg, serializeChartSvg } from '../../charts/exportChart';
import { useServices } from '../../app/ServicesContext';
import type { AppServices } from '../../app/services';
import { describeFailure } from '../../bridge/bridgeError';
import { saveExportFile } from '../exchange/exchange';
import { showError } from '../file-dialogs/ask';

/**
 * "Export SVG" and "Export PNG" for the chart they sit under (issue 5: "export of any chart as
 * SVG and PNG through the bridge"). They go in the chart's own toolbar and find the drawn SVG
 * from there, so the file is exactly what the room sees, theme included.
 */

type ChartFormat = 'svg' | 'png';

/** `Serverless GPU inference - Top-down funnel.svg`, without what a file name cannot hold. */
export function exportFileName(parts: readonly string[], format: ChartFormat): string {
  const base = parts
    .map((part) =>
      part
        .replace(/[\\/:*?"<>|]/g, '-')
        .replace(/\p{Cc}/gu, '')
        .trim(),
    )
    .filter((part) => part !== '')
    .join(' - ')
    .slice(0, 150)
    .replace(/^\.+/, '');
  return `${base === '' ? 'Chart' : base}.${format}`;
}

export async function exportChart(
  services: AppServices,
  figure: Element,
  format: ChartFormat,
  suggestedName: string,
): Promise<void> {
  let content: string | Uint8Array;
  try {
    const svg = findChartSvg(figure);
    if (!svg) throw new Error('The chart is not drawn yet: try again in a moment.');
    const exported = serializeChartSvg(svg);
    content = format === 'svg' ? exported.svg : await chartPng(exported);
  } catch (error) {
    await showError(services.ui, 'Could not export', describeFailure(error));
    return;
  }
  await saveExportFile(services, { format, suggestedName, content });
}

export function ChartExportButtons({ fileNameParts }: { fileNameParts: readonly string[] }) {
  const services = useServices();
  const [working, setWorking] = useState(false);

  const onExport = (format: ChartFormat) => async (event: MouseEvent<HTMLButtonElement>) => {
    const figure = event.currentTarget.closest('figure');
    if (!figure) return;
    setWorking(true);
    try {
      await exportChart(services, figure, format, exportFileName(fileNameParts, format));
    } finally {
      setWorking(false);
    }
  };

  return (
    <span className="chart-export">
      <button
        type="button"
        className="chart__table-toggle"
        disabled={working}
        onClick={onExport('svg')}
      >
        Export SVG
      </button>
      <button
        type="button"
        className="chart__table-toggle"
        disabled={working}
        onClick={onExport('png')}
      >
        Export PNG
      </button>
    </span>
  );
}
