import type { Criterion } from '../../../shared/workshop/schema';

/**
 * Matrix cells are shaded by score in five steps of one hue (blue), light to dark. A single hue
 * that varies in lightness reads the same to every kind of colour vision, and the number is
 * always printed on top, so colour is never the only carrier. The steps are CSS classes
 * (`matrix__cell--s0` … `--s4`) whose colours live in matrix.css per theme, each checked for
 * text contrast ≥ 4.5:1 against the text colour used on it.
 */
export const SCORE_STEPS = 5;

/** 0 (bottom of the scale) … 4 (top), by the score's position within its scale. */
export function scoreStep(score: number, scale: Criterion['scale']): number {
  const position = Math.min(1, Math.max(0, (score - scale.min) / (scale.max - scale.min)));
  return Math.round(position * (SCORE_STEPS - 1));
}
