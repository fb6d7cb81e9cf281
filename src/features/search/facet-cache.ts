import "server-only";

// Matches per facet combination, per text query, kept in this process. Facet filters are applied
// in JavaScript over these combinations, so once a word is counted, every facet click, every page
// and every sort of that search reuses the count instead of reading its matches again. Entries
// carry the search index version they were counted at: a change to the index (in any instance,
// see the search_index_version migration) makes them unusable.

/** Matches per (facet key, category set, relevance tier), in parallel arrays. */
export type Combos = {
  facetKeys: Int32Array;
  categorySets: readonly number[][];
  tiers: Uint8Array;
  counts: Int32Array;
  /** Rows in the index when counted (the planner's estimate): how dense the matches are. */
  indexRows: number;
};

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

/**
 * Combinations from the text the database sends ("facet_key:tier:count:category_key;…"): receiving
 * an array per column costs three times as much. Read in one pass: a very common word has tens of
 * thousands of combinations, and splitting them into strings first doubles the time.
 */
export function parseCombos(text: string | null, indexRows: number): Combos {
  let length = text ? 1 : 0;
  for (let at = text?.indexOf(";") ?? -1; at !== -1; at = text!.indexOf(";", at + 1)) length++;
  const combos = {
    facetKeys: new Int32Array(length),
    categorySets: new Array<number[]>(length),
    tiers: new Uint8Array(length),
    counts: new Int32Array(length),
    indexRows,
  };
  let start = 0;
  for (let i = 0; i < length; i++) {
    const afterKey = text!.indexOf(":", start);
    const afterTier = text!.indexOf(":", afterKey + 1);
    const afterCount = text!.indexOf(":", afterTier + 1);
    const end = i === length - 1 ? text!.length : text!.indexOf(";", afterCount);
    combos.facetKeys[i] = Number(text!.slice(start, afterKey));
    combos.tiers[i] = Number(text!.slice(afterKey + 1, afterTier));
    combos.counts[i] = Number(text!.slice(afterTier + 1, afterCount));
    combos.categorySets[i] = categorySetOf(text!.slice(afterCount + 1, end));
    start = end + 1;
  }
  return combos;
}

/** Forgets every entry: for benchmarks that measure uncached searches. */
export function clearFacetCache(): void {
  entries.clear();
  storedCombinations = 0;
}
