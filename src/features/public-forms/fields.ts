// The names of the guard's hidden fields (guard.ts), safe for the forms' client components too.
export const HONEYPOT_FIELD = "strona_www";
export const STAMP_FIELD = "znacznik";
