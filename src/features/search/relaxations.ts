import type { CategoryNode } from "@/features/category/data";
import { relaxableConditions } from "./active-filters";
import { countVariants, type SearchOutcome } from "./run-search";
import { WHOLE_BANK, type SearchScope } from "./scope";

export type Relaxation = { label: string; href: string; count: number };

/**
 * For a search that found nothing: each of its conditions with the number of practices the same
 * search finds without it, exactly as its page would (same words, correction and fallbacks).
 * Facet values are counted from the words' counts already in the process cache; only the years
 * and the words cost a query each.
 */
export async function relaxationsOf(outcome: SearchOutcome, tree: CategoryNode[], scope: SearchScope = WHOLE_BANK): Promise<Relaxation[]> {
  const conditions = relaxableConditions({ params: outcome.params, scope }, tree);
  const counts = await countVariants(conditions.map((condition) => condition.without), outcome.attempts);
  return conditions.map((condition, i) => ({ label: condition.label, href: condition.removeHref, count: counts[i] ?? 0 }));
}
