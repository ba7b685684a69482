import type { PrintJob } from '../../../shared/ipc/contract';

/**
 * The printed page, in the CSS pixels the print view lays out in (96 per inch). Charts take a
 * fixed width in print (issue 6: "charts stay vectors", drawn once at their final size), so the
 * view needs to know how wide the printable area of a landscape A4 or Letter page is.
 */

export type PageSize = PrintJob['pageSize'];

/** Landscape paper, in millimetres. */
const PAPER_MM: Readonly<Record<PageSize, { width: number; height: number }>> = {
  A4: { width: 297, height: 210 },
  Letter: { width: 279.4, height: 215.9 },
};

/**
 * The margins both engines print with (electron/main/pdfEngine.ts and
 * electron/host/pdfEngine.ts keep the same numbers): the bottom one holds the page numbers.
 */
export const PRINT_MARGINS_MM = { top: 10, right: 10, bottom: 14, left: 10 } as const;

const PX_PER_MM = 96 / 25.4;

export interface PrintableArea {
  widthPx: number;
  heightPx: number;
}

/** What is left of a landscape page inside the margins, whole pixels rounded down. */
export function printableArea(pageSize: PageSize): PrintableArea {
  const paper = PAPER_MM[pageSize];
  const width = paper.width - PRINT_MARGINS_MM.left - PRINT_MARGINS_MM.right;
  const height = paper.height - PRINT_MARGINS_MM.top - PRINT_MARGINS_MM.bottom;
  return { widthPx: Math.floor(width * PX_PER_MM), heightPx: Math.floor(height * PX_PER_MM) };
}

/** The gap between two charts printed side by side, in pixels. */
export const CHART_GAP_PX = 24;

export interface ChartWidths {
  /** One chart across the page. */
  full: number;
  /** Each of two charts side by side. */
  half: number;
}

export function chartWidths(pageSize: PageSize): ChartWidths {
  const { widthPx } = printableArea(pageSize);
  return { full: widthPx, half: Math.floor((widthPx - CHART_GAP_PX) / 2) };
}

/** Body text of the printed pages and of the charts' labels, in CSS pixels (≈ 9.75 pt). */
export const PRINT_FONT_PX = 13;
