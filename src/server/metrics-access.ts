import type { IncomingMessage } from "node:http";
import { BlockList } from "node:net";
import type { AllowedNetwork } from "@/lib/env";

// /metrics tells how busy the site is, how its database pool and memory fare: for the operator's
// Prometheus, not for the public. Only addresses in METRICS_ALLOW may read it.

export type MetricsAccess = (req: IncomingMessage) => boolean;

/** Whether an address (IPv4, IPv6 or IPv4-mapped IPv6, as sockets report them) is in the networks. */
export function addressMatcher(networks: AllowedNetwork[]): (address: string | undefined) => boolean {
  const list = new BlockList();
  for (const { address, prefix, family } of networks) list.addSubnet(address, prefix, family);
  return (address) => {
    if (!address) return false;
    // BlockList matches "::ffff:127.0.0.1" against 127.0.0.0/8 by itself; a plain IPv4 address
    // must be named as one, or it is read as an (invalid) IPv6 address.
    return list.check(address, address.includes(":") ? "ipv6" : "ipv4");
  };
}

/**
 * Decided on the connection's own address, never on X-Forwarded-For, even behind a trusted proxy:
 * the proxy usually runs on this host, so every visitor's request reaches us from loopback, the
 * default allowed address, and a forwarded address is whatever the proxy passed on. A request
 * that came through the proxy (it carries X-Forwarded-For, which a proxy trusted for visitors'
 * addresses always adds) is therefore someone else's and refused; Prometheus scrapes the port
 * directly.
 */
export function metricsAccess(networks: AllowedNetwork[], trustProxy: boolean): MetricsAccess {
  const allowed = addressMatcher(networks);
  return (req) => {
    if (trustProxy && req.headers["x-forwarded-for"] !== undefined) return false;
    return allowed(req.socket.remoteAddress);
  };
}
