// Whether an error from `pg` means the database cannot be reached (stopped, restarting, refusing
// connections), as opposed to a query that failed. The first kind is worth waiting out; the second
// would fail again.

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
// SQLSTATE 57P01–57P03: the server is shutting down or starting; 53300: too many connections.
const SERVER_STATES = new Set(["57P01", "57P02", "57P03", "53300"]);
// pg's own words when the socket closed under a query, or no connection came within its timeout.
const CLIENT_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (NETWORK_CODES.has(code) || SERVER_STATES.has(code) || code.startsWith("08"))) return true;
  return CLIENT_MESSAGES.test(error.message);
}
