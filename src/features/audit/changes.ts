// The "changed" detail of an *_UPDATED audit event: each field whose value differs, from → to.

type Value = string | number | boolean | null;

function comparable(value: unknown): Value {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === undefined) return null;
  return value as Value;
}

export function changedFields<T extends object>(before: T, after: Partial<T>): Record<string, { from: Value; to: Value }> {
  const changed: Record<string, { from: Value; to: Value }> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const from = comparable(before[key]);
    const to = comparable(after[key]);
    if (from !== to) changed[key] = { from, to };
  }
  return changed;
}
