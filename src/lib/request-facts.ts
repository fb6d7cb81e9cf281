// Facts about a request that only the HTTP front (src/server) can know, passed to Next's code as
// request headers. The front removes any copies a client sent before setting its own, so code
// that reads them (features/auth/request-context.ts) can trust them.

/** The client's address: the socket's, or behind a trusted proxy the last X-Forwarded-For entry. */
export const CLIENT_ADDRESS_HEADER = "x-bdp-client-address";
/** The origin the client addressed (scheme, host, port): Host and the socket, or behind a trusted proxy its X-Forwarded-Host/-Proto. */
export const REQUEST_ORIGIN_HEADER = "x-bdp-request-origin";
export const FRONT_ONLY_HEADERS = [CLIENT_ADDRESS_HEADER, REQUEST_ORIGIN_HEADER] as const;
