import type { Criterion } from '../workshop/schema';

/** Builds a criterion for tests: `criterion('a', 40)`, `criterion('b', 30, { locked: true })`. */
export function criterion(
  id: string,
  weight: number,
  overrides: Partial<Omit<Criterion, 'id' | 'weight'>> = {},
): Criterion {
  return {
    id,
    name: overrides.name ?? `Criterion ${id}`,
    direction: overrides.direction ?? 'benefit',
    scale: overrides.scale ?? { min: 1, max: 5 },
    weight,
    locked: overrides.locked ?? false,
  };
}

export const weightsOf = (criteria: readonly Criterion[]): number[] =>
  criteria.map((c) => c.weight);
