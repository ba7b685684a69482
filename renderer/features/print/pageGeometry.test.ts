import { describe, expect, it } from 'vitest';
import { CHART_GAP_PX, chartWidths, printableArea } from './pageGeometry';

describe('the printed page', () => {
  it.each([
    // (297 − 20) mm and (210 − 24) mm at 96 px per inch
    { size: 'A4', width: 1046, height: 702 },
    // (279.4 − 20) mm and (215.9 − 24) mm
    { size: 'Letter', width: 980, height: 725 },
  ] as const)('a landscape $size page leaves $width × $height px inside the margins', (c) => {
    expect(printableArea(c.size)).toEqual({ widthPx: c.width, heightPx: c.height });
  });

  it('fits two charts side by side with a gap between them', () => {
    for (const size of ['A4', 'Letter'] as const) {
      const { full, half } = chartWidths(size);
      expect(full).toBe(printableArea(size).widthPx);
      expect(2 * half + CHART_GAP_PX).toBeLessThanOrEqual(full);
    }
  });
});
