import { cache } from "react";

// The footer's "Wygenerowano w 0,01 s" is the real server time of the page: from the moment the
// layout starts rendering until every database query the page started has settled. React's
// `cache` gives each request its own clock; outside a render it is simply a fresh, unused object.

type Clock = { startedAt: number; work: Set<Promise<unknown>> };

export const requestClock = cache((): Clock => ({ startedAt: performance.now(), work: new Set() }));

export function trackWork(work: Promise<unknown>): void {
  requestClock().work.add(work);
}

/** Seconds since the request's clock started, once all tracked work (including late starters) settled. */
export async function renderSeconds(): Promise<number> {
  const clock = requestClock();
  let seen = -1;
  while (seen !== clock.work.size) {
    seen = clock.work.size;
    await Promise.allSettled(clock.work);
    // Let components that were waiting on those results start their own queries.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return (performance.now() - clock.startedAt) / 1000;
}
