import "server-only";

// Matches per facet combination, per text query, kept in this process. Facet filters are applied
// in JavaScript over these combinations, so once a word is counted, every facet click, every page
// and every sort of that search reuses the count instead of reading its matches again. Entries
// carry the search index version they were counted at: a change to the index (in any instance,
// see the search_index_version migration) makes them unusable.

/** Matches per (facet key, category set), in parallel arrays. */
export type Combos = { facetKeys: Int32Array; categorySets: readonly number[][]; counts: Int32Array };

type Entry = { version: string; combos: Combos };

// About 12 bytes a combination: 500,000 is ~6 MB, whatever mix of broad and narrow words.
const MAX_COMBINATIONS = 500_000;

const entries = new Map<string, Entry>();
let storedCombinations = 0;

export function cachedCombos(key: string, version: string): Combos | null {
  const entry = entries.get(key);
  if (!entry || entry.version !== version) return null;
  // Map order is insertion order: re-inserting marks the entry as recently used.
  entries.delete(key);
  entries.set(key, entry);
  return entry.combos;
}

export function storeCombos(key: string, version: string, combos: Combos): void {
  const previous = entries.get(key);
  if (previous) {
    entries.delete(key);
    storedCombinations -= previous.combos.counts.length;
  }
  if (combos.counts.length > MAX_COMBINATIONS) return;
  entries.set(key, { version, combos });
  storedCombinations += combos.counts.length;
  for (const [oldestKey, oldest] of entries) {
    if (storedCombinations <= MAX_COMBINATIONS) break;
    entries.delete(oldestKey);
    storedCombinations -= oldest.combos.counts.length;
  }
}

// The same few hundred category sets recur in every entry: one shared array each.
const categorySets = new Map<string, number[]>();

/** The category ids of a comma-separated key, shared between all entries. */
export function categorySetOf(key: string): number[] {
  let set = categorySets.get(key);
  if (!set) {
    // Sets only grow with new category combinations; a bound keeps a pathological tree harmless.
    if (categorySets.size > 100_000) categorySets.clear();
    set = key === "" ? [] : key.split(",").map(Number);
    categorySets.set(key, set);
  }
  return set;
}

/** Forgets every entry: for benchmarks that measure uncached searches. */
export function clearFacetCache(): void {
  entries.clear();
  storedCombinations = 0;
}
