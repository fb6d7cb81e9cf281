/** Records fetched with `id IN (…)`, put back in the order of `ids` (missing ones skipped). */
export function orderByIds<T extends { id: number }>(ids: number[], records: T[]): T[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
