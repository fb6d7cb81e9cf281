import type { ReactNode } from "react";
import { env } from "./env";

// `next build` prerenders every route without dynamic segments, but it runs with no database
// (scripts/support/next-build.ts gives it an address nothing answers), so that a release can be
// built anywhere, once, before any database is migrated. What it would prerender is never served
// anyway: the shared cache (docs/decisions/012) misses on a new build, and Next renders the page
// at its first request and stores that render for every instance. So during the build such a
// route renders nothing instead of reading data (docs/decisions/022).

export function isBuildPhase(): boolean {
  return env().NEXT_PHASE === "phase-production-build";
}

type Renderable<P> = (props: P) => ReactNode | Promise<ReactNode>;

/** A page or layout the build prerenders, drawn from data: empty in the build, whole at its first request. */
export function atFirstRequest<P extends object>(Component: Renderable<P>): Renderable<P> {
  function AtFirstRequest(props: P): ReactNode {
    return isBuildPhase() ? null : <Component {...props} />;
  }
  return AtFirstRequest;
}
