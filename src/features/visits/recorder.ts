import { createHash } from "node:crypto";
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

// Group commit: views that arrive while a batch is being written form the next batch. Under load
// a transaction carries many views; when idle each view is written at once. `record` resolves only
// after the view's transaction committed, so a response sent after it is never counted on faith.
const MAX_BATCH = 5_000;

export class VisitRecorder {
  private queue: Pending[] = [];
  private running: Promise<void> | null = null;
  private salts = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly store: VisitStore,
    private readonly onSaved: () => void = () => {},
  ) {}

  record(view: PageView): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...view, resolve, reject });
      this.running ??= this.drain();
    });
  }

  /** Resolves once every view recorded so far is written (or failed). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          await this.store.saveTallies(await this.tally(batch));
          for (const view of batch) view.resolve();
          this.onSaved();
        } catch (error) {
          for (const view of batch) view.reject(error);
        }
      }
    } finally {
      this.running = null;
    }
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
