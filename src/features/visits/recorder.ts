import { createHash } from "node:crypto";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import type { DayTally } from "./mutations";
import { warsawDay } from "./warsaw-day";

export type PageView = {
  at: Date;
  /** Client address and user agent; hashed with the day's salt, never stored. */
  ip: string;
  userAgent: string;
  practiceSlug: string | null;
};

export type VisitStore = {
  saveTallies(tallies: DayTally[]): Promise<void>;
  getOrCreateDailySalt(day: string): Promise<Buffer>;
};

type Pending = PageView & { resolve: () => void; reject: (error: unknown) => void };

type Options = {
  /** Called after each batch is committed. */
  onSaved?: () => void;
  log?: (line: string) => void;
  /** Views kept in memory while the database cannot be reached (beyond the batch being written). */
  maxBuffered?: number;
};

// Group commit: views that arrive while a batch is being written form the next batch. Under load
// a transaction carries many views; when idle each view is written at once. `record` resolves only
// after the view's transaction committed, so a response sent after it is never counted on faith.
//
// While the database cannot be reached (docs/decisions/016), views wait in memory instead and
// `record` resolves as soon as a view is kept: pages are not held back for an outage of unknown
// length. The batch is retried every RETRY_MS until it commits. At most `maxBuffered` views wait;
// past that the oldest are dropped, counted and logged, so an outage cannot exhaust the memory.
const MAX_BATCH = 5_000;
/** About 300 bytes a view (address, user agent, slug): 100,000 views are some 30 MB. */
export const MAX_BUFFERED_VIEWS = 100_000;
const RETRY_MS = 500;

export class VisitRecorder {
  private queue: Pending[] = [];
  private running: Promise<void> | null = null;
  private salts = new Map<string, Promise<Buffer>>();
  private unavailableSince: number | null = null;
  private droppedInOutage = 0;
  private giveUpAt = Number.POSITIVE_INFINITY;
  private readonly onSaved: () => void;
  private readonly log: (line: string) => void;
  private readonly maxBuffered: number;

  constructor(
    private readonly store: VisitStore,
    { onSaved = () => {}, log = () => {}, maxBuffered = MAX_BUFFERED_VIEWS }: Options = {},
  ) {
    this.onSaved = onSaved;
    this.log = log;
    this.maxBuffered = maxBuffered;
  }

  record(view: PageView): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...view, resolve, reject });
      this.dropBeyondBound();
      if (this.unavailableSince !== null) resolve();
      this.running ??= this.drain();
    });
  }

  /** Views waiting to be written (kept in memory during an outage). */
  get buffered(): number {
    return this.queue.length;
  }

  /** Resolves once every view recorded so far is written (or failed). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * For shutdown: writes what is waiting, trying for at most `timeoutMs` while the database is
   * unreachable; returns the number of views that could not be written and are lost.
   */
  async flush(timeoutMs: number): Promise<number> {
    this.giveUpAt = Date.now() + timeoutMs;
    await this.idle();
    const lost = this.queue.length;
    for (const view of this.queue.splice(0)) view.resolve();
    if (lost > 0) this.log(`Visit counter: the database stayed unreachable; ${lost} views could not be written and are lost.`);
    return lost;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          await this.store.saveTallies(await this.tally(batch));
          for (const view of batch) view.resolve();
          this.noteAvailable(batch.length);
          this.onSaved();
        } catch (error) {
          if (!isDatabaseUnavailable(error)) {
            for (const view of batch) view.reject(error);
            continue;
          }
          this.queue.unshift(...batch);
          this.noteUnavailable(error);
          if (Date.now() >= this.giveUpAt) return;
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }
    } finally {
      this.running = null;
    }
  }

  private dropBeyondBound(): void {
    const excess = this.queue.length - this.maxBuffered;
    if (excess <= 0) return;
    for (const view of this.queue.splice(0, excess)) view.resolve();
    if (this.droppedInOutage === 0) this.log(`Visit counter: over ${this.maxBuffered} views wait in memory; dropping the oldest.`);
    this.droppedInOutage += excess;
  }

  private noteUnavailable(error: unknown): void {
    // Views held back until now are kept: their pages may go.
    for (const view of this.queue) view.resolve();
    if (this.unavailableSince !== null) return;
    this.unavailableSince = Date.now();
    const reason = error instanceof Error ? error.message : String(error);
    this.log(`Visit counter: database unreachable (${reason}); keeping views in memory (at most ${this.maxBuffered}).`);
  }

  private noteAvailable(written: number): void {
    if (this.unavailableSince === null) return;
    const seconds = ((Date.now() - this.unavailableSince) / 1000).toFixed(1);
    this.log(
      `Visit counter: database back after ${seconds} s; writing the views kept meanwhile (${written} in the first batch, ${this.queue.length} more waiting, ${this.droppedInOutage} dropped).`,
    );
    this.unavailableSince = null;
    this.droppedInOutage = 0;
  }

  private async tally(batch: Pending[]): Promise<DayTally[]> {
    const byDay = new Map<string, DayTally>();
    for (const view of batch) {
      const day = warsawDay(view.at);
      let tally = byDay.get(day);
      if (!tally) {
        tally = { day, views: 0, visitorHashes: [], practiceViews: new Map() };
        byDay.set(day, tally);
      }
      tally.views += 1;
      tally.visitorHashes.push(hashVisitor(await this.saltFor(day), view));
      if (view.practiceSlug) {
        tally.practiceViews.set(view.practiceSlug, (tally.practiceViews.get(view.practiceSlug) ?? 0) + 1);
      }
    }
    return [...byDay.values()];
  }

  private saltFor(day: string): Promise<Buffer> {
    let salt = this.salts.get(day);
    if (!salt) {
      this.salts.clear(); // yesterday's salt must not outlive yesterday in memory either
      salt = this.store.getOrCreateDailySalt(day);
      salt.catch(() => this.salts.delete(day));
      this.salts.set(day, salt);
    }
    return salt;
  }
}

function hashVisitor(salt: Buffer, view: PageView): string {
  return createHash("sha256").update(salt).update(view.ip).update("\n").update(view.userAgent).digest("hex");
}
