import { describe, expect, it } from 'vitest';
import {
  CATEGORICAL,
  categoricalColour,
  contrastRatio,
  labelColourOn,
  OKABE_ITO,
  relativeLuminance,
  SCENARIO_STYLE,
} from './palette';

/** The chart surfaces of theme.css: light `--surface` and dark `--surface`. */
const LIGHT_SURFACE = '#ffffff';
const DARK_SURFACE = '#171a21';

describe('palette', () => {
  it('keeps the first four series colours at 3:1 or more on both themes', () => {
    for (const colour of CATEGORICAL.slice(0, 4)) {
      expect(contrastRatio(colour, LIGHT_SURFACE)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, DARK_SURFACE)).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses each Okabe–Ito colour once, and no black', () => {
    expect(new Set(CATEGORICAL).size).toBe(CATEGORICAL.length);
    expect([...CATEGORICAL].sort()).toEqual(Object.values(OKABE_ITO).sort());
    expect(CATEGORICAL).not.toContain('#000000');
  });

  it('wraps around after the last colour', () => {
    expect(categoricalColour(0)).toBe(CATEGORICAL[0]);
    expect(categoricalColour(CATEGORICAL.length)).toBe(CATEGORICAL[0]);
    expect(categoricalColour(CATEGORICAL.length + 2)).toBe(CATEGORICAL[2]);
  });

  it('tells the three scenarios apart by colour and by dash, readable on both themes', () => {
    const styles = Object.values(SCENARIO_STYLE);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(3);
    expect(new Set(styles.map((s) => s.dash)).size).toBe(3);
    for (const { colour } of styles) {
      expect(contrastRatio(colour, LIGHT_SURFACE)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, DARK_SURFACE)).toBeGreaterThanOrEqual(3);
    }
  });

  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(() => relativeLuminance('blue')).toThrow('Not a #rrggbb colour');
  });

  it('labels a bar in whichever of black or white reads better on it', () => {
    expect(labelColourOn(OKABE_ITO.blue)).toBe('#ffffff');
    expect(labelColourOn(OKABE_ITO.yellow)).toBe('#000000');
    expect(labelColourOn(OKABE_ITO.bluishGreen)).toBe('#000000');
    for (const colour of CATEGORICAL) {
      expect(contrastRatio(colour, labelColourOn(colour))).toBeGreaterThanOrEqual(4);
    }
  });
});
