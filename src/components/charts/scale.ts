// Axis arithmetic shared by the charts: round tick values people can read at a glance.

/** The smallest "round" step (1, 2 or 5 × 10ⁿ) that covers `max` in at most `count` steps. */
export function niceStep(max: number, count: number): number {
  if (max <= 0) return 1;
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  // Counts are whole numbers: a step below 1 would only repeat tick labels.
  return Math.max(1, step);
}

/** Ticks from 0 to the first multiple of the step at or above `max` (0 and one step when max is 0). */
export function niceTicks(max: number, count = 5): number[] {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= top + step / 2; value += step) ticks.push(value);
  return ticks;
}

/**
 * The points of a time axis that get a label: every `every`-th from the first, and the last unless
 * it would crowd the one before it (closer than half a step).
 */
export function labelIndices(count: number, every: number): number[] {
  const indices: number[] = [];
  for (let index = 0; index < count - 1; index += every) if (count - 1 - index >= every / 2) indices.push(index);
  if (count > 0) indices.push(count - 1);
  return indices;
}
