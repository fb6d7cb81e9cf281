// The guard's field names, safe for client components (the guard itself is server-only).

export const HONEYPOT_FIELD = "strona_www";
export const STAMP_FIELD = "znacznik";
