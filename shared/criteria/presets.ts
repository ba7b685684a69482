import { newId } from '../ids';
import type { Criterion, WeightPreset } from '../workshop/schema';
import { TOTAL_WEIGHT, weightsById } from './weights';

/**
 * Weight presets. The four built-in presets are computed from the workshop's current criteria
 * (a facilitator may have renamed, added or deleted criteria), so each one is a rule, not a
 * fixed table: criteria matching the preset's theme get EMPHASIS times the weight of the
 * others. When no criterion matches the theme the preset falls back to balanced, and says so
 * through an empty `emphasized` list. Apply any preset with `applyWeights` (weights.ts), which
 * respects locks.
 */

export type BuiltInPresetKey = 'balanced' | 'reliability-first' | 'growth-first' | 'cost-conscious';

export interface BuiltInPreset {
  key: BuiltInPresetKey;
  name: string;
  /** Criterion id → weight, summing to 100. */
  weights: Record<string, number>;
  /** Ids of the criteria the preset favours; empty when it fell back to balanced. */
  emphasized: string[];
}

/** A favoured criterion weighs three times an ordinary one: clear on the slider, not absolute. */
export const EMPHASIS = 3;

interface Theme {
  key: BuiltInPresetKey;
  name: string;
  matches: (criterion: Criterion) => boolean;
}

// BRIEF: platform teams balance new services against reliability, performance and developer
// experience; cost-like criteria (effort, risk, customer cost impact) count inverted.
const RELIABILITY =
  /reliab|availab|uptime|resilien|durab|stabil|incident|outage|latency|perform|\bslo|\bsla|error/i;
const GROWTH = /reach|revenue|consumption|growth|adoption|acquisition|market|arpu|expansion|usage/i;
const COST = /cost|effort|price|pricing|spend|risk|complexity/i;

const THEMES: readonly Theme[] = [
  { key: 'balanced', name: 'Balanced', matches: () => false },
  { key: 'reliability-first', name: 'Reliability first', matches: (c) => RELIABILITY.test(c.name) },
  { key: 'growth-first', name: 'Growth first', matches: (c) => GROWTH.test(c.name) },
  {
    key: 'cost-conscious',
    name: 'Cost conscious',
    matches: (c) => c.direction === 'cost' || COST.test(c.name),
  },
];

function presetFor(theme: Theme, criteria: readonly Criterion[]): BuiltInPreset {
  const emphasized = criteria.filter(theme.matches).map((c) => c.id);
  const favoured = new Set(emphasized);
  const parts = criteria.map((c) => (favoured.has(c.id) ? EMPHASIS : 1));
  const total = parts.reduce((a, p) => a + p, 0);
  const weights: Record<string, number> = {};
  criteria.forEach((c, i) => (weights[c.id] = ((parts[i] ?? 1) / total) * TOTAL_WEIGHT));
  return { key: theme.key, name: theme.name, weights, emphasized };
}

/** The four built-in presets for these criteria, in menu order. */
export function builtInPresets(criteria: readonly Criterion[]): BuiltInPreset[] {
  return THEMES.map((theme) => presetFor(theme, criteria));
}

export function builtInPreset(
  criteria: readonly Criterion[],
  key: BuiltInPresetKey,
): BuiltInPreset {
  const theme = THEMES.find((t) => t.key === key) ?? THEMES[0];
  if (!theme) throw new Error('No built-in preset themes');
  return presetFor(theme, criteria);
}

/** Limits of the file schema (WeightPresetSchema, WorkshopSchema.weightPresets). */
export const PRESET_NAME_MAX = 80;
export const MAX_PRESETS = 50;

export type SavePresetResult =
  | { ok: true; presets: WeightPreset[]; preset: WeightPreset }
  | { ok: false; reason: 'empty-name' | 'name-too-long' | 'too-many'; message: string };

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Saves the current weights under `name`. Saving under the name of an existing preset
 * (ignoring case and surrounding spaces) updates that preset in place, keeping its id, so
 * "save again" after tweaking does not pile up copies.
 */
export function saveCurrentAsPreset(
  presets: readonly WeightPreset[],
  criteria: readonly Criterion[],
  name: string,
  id: string = newId(),
): SavePresetResult {
  const trimmed = name.trim();
  if (trimmed === '')
    return { ok: false, reason: 'empty-name', message: 'Give the preset a name.' };
  if (trimmed.length > PRESET_NAME_MAX) {
    return {
      ok: false,
      reason: 'name-too-long',
      message: `Preset names are at most ${PRESET_NAME_MAX} characters.`,
    };
  }
  const weights = weightsById(criteria);
  const existing = presets.find((p) => sameName(p.name, trimmed));
  if (existing) {
    const preset = { ...existing, name: trimmed, weights };
    return { ok: true, preset, presets: presets.map((p) => (p === existing ? preset : p)) };
  }
  if (presets.length >= MAX_PRESETS) {
    return {
      ok: false,
      reason: 'too-many',
      message: `A workshop holds at most ${MAX_PRESETS} presets; delete one first.`,
    };
  }
  const preset = { id, name: trimmed, weights };
  return { ok: true, preset, presets: [...presets, preset] };
}

export function deletePreset(presets: readonly WeightPreset[], id: string): WeightPreset[] {
  return presets.filter((p) => p.id !== id);
}
