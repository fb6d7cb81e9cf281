import { queryObject } from "@/lib/search-params";
import { searchParamsSchema, searchQueryString, type SearchParams } from "./schema";

// A search's canonical parameters as one path segment, for the cached route of /szukaj
// (src/server/search-view.ts): base64url, so words with slashes, dots or percent signs stay one
// segment that Next passes through undecoded, behind a letter, so the bare /szukaj has a key too.

const PREFIX = "z";
const KEY_PATTERN = /^z[A-Za-z0-9_-]*$/;

export function searchViewKey(params: SearchParams): string {
  // The values of one filter in any order are one search.
  const sorted = {
    ...params,
    wojewodztwo: params.wojewodztwo.toSorted(),
    typ: params.typ.toSorted(),
    kategoria: params.kategoria.toSorted(),
    ludnosc: params.ludnosc.toSorted(),
  };
  return PREFIX + Buffer.from(searchQueryString(sorted)).toString("base64url");
}

/** The parameters of a key made by searchViewKey, or null for any other segment. */
export function paramsOfSearchViewKey(key: string): SearchParams | null {
  if (!KEY_PATTERN.test(key)) return null;
  const query = Buffer.from(key.slice(PREFIX.length), "base64url").toString("utf8");
  const params = searchParamsSchema.parse(queryObject(new URLSearchParams(query)));
  // Only canonical keys: one search, one cache entry.
  return searchViewKey(params) === key ? params : null;
}
