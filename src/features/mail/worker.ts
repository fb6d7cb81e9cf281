import pg from "pg";
import { inTransaction } from "@/lib/pg-transaction";
import { claimDueMail, markAttemptFailed, markSent, type Queryable } from "./outbox-store";
import { RETRY_DELAYS_SECONDS, retryDelaySeconds } from "./policy";
import { isPermanentFailure, type MailTransport } from "./transport";

// The mail worker: sends the outbox, one row per transaction, holding the row's lock while the
// mail server is spoken to (guarantees and the choice of a small loop: docs/decisions/010). It
// wakes on NOTIFY from the outbox's trigger, and polls as well, for mail whose retry came due and
// for notifications lost while its listening connection was down. Started by the HTTP front.

/** A housekeeping step: deletes what is no longer needed, returns how many rows it touched. */
export type HousekeepingTask = (client: Queryable) => Promise<number>;

export type MailWorkerOptions = {
  databaseUrl: string;
  /** null when SMTP_URL is unset: nothing is sent, mail waits in the outbox; housekeeping still runs. */
  transport: MailTransport | null;
  housekeeping: HousekeepingTask[];
  onError: (error: unknown) => void;
  pollIntervalMs?: number;
  housekeepingIntervalMs?: number;
  retryDelays?: readonly number[];
};

export const WAKE_CHANNEL = "outbox_mail";
const POLL_INTERVAL_MS = 5_000;
const HOUSEKEEPING_INTERVAL_MS = 3_600_000;
const MAX_ERROR_LENGTH = 1_000;

export class MailWorker {
  private readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private readonly timers: NodeJS.Timeout[] = [];
  private draining: Promise<void> | null = null;
  private drainAgain = false;
  private stopping = false;
  private stopped: Promise<void> | undefined;

  private constructor(private readonly options: MailWorkerOptions) {
    // One connection sends (a transaction per mail), the other does housekeeping meanwhile.
    this.pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
    this.pool.on("error", options.onError); // an idle connection dropped by the server must not crash the site
  }

  static async start(options: MailWorkerOptions): Promise<MailWorker> {
    const worker = new MailWorker(options);
    if (options.transport) {
      await worker.listen();
      worker.timers.push(setInterval(() => worker.wake(), options.pollIntervalMs ?? POLL_INTERVAL_MS));
      worker.wake();
    }
    worker.timers.push(setInterval(() => void worker.houseKeep(), options.housekeepingIntervalMs ?? HOUSEKEEPING_INTERVAL_MS));
    void worker.houseKeep();
    return worker;
  }

  /** Sends whatever is due; a call while sending makes the current round look once more. */
  wake(): void {
    if (this.stopping || !this.options.transport) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
    });
  }

  /** Resolves once nothing is being sent (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Lets the mail being sent finish (bounded by the transport's timeouts), then lets go of everything. */
  stop(): Promise<void> {
    this.stopped ??= this.shutDown();
    return this.stopped;
  }

  private async shutDown(): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.idle();
    await this.listener?.end().catch(() => {});
    this.options.transport?.close();
    await this.pool.end();
  }

  async houseKeep(): Promise<void> {
    if (this.stopping) return;
    try {
      for (const task of this.options.housekeeping) await task(this.pool);
    } catch (error) {
      this.options.onError(error);
    }
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.drainAgain = false;
        while (!this.stopping && (await this.sendOne())) {
          // next one
        }
      } while (this.drainAgain && !this.stopping);
    } catch (error) {
      // The database is unreachable or a commit failed: the next wake-up or poll tries again.
      this.options.onError(error);
    }
  }

  /** Sends the next due mail in a transaction of its own; false when none was due. */
  private async sendOne(): Promise<boolean> {
    const transport = this.options.transport!;
    return inTransaction(this.pool, async (client) => {
      const mail = await claimDueMail(client);
      if (mail) {
        const failure = await transport.send(mail).then(() => null, (error: unknown) => error ?? new Error("?"));
        if (failure === null) await markSent(client, mail.id);
        else {
          const delay = isPermanentFailure(failure) ? null : retryDelaySeconds(mail.attempts + 1, this.options.retryDelays ?? RETRY_DELAYS_SECONDS);
          await markAttemptFailed(client, mail.id, describe(failure), delay);
        }
      }
      return mail !== null;
    });
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    const reconnect = (error?: unknown) => {
      if (error) this.options.onError(error);
      if (this.listener !== client || this.stopping) return;
      this.listener = null;
      client.end().catch(() => {});
      // Polling carries on meanwhile; listening resumes on a later try.
      const timer = setTimeout(() => void this.listen().catch(reconnectLater), this.options.pollIntervalMs ?? POLL_INTERVAL_MS);
      this.timers.push(timer);
    };
    const reconnectLater = (error: unknown) => {
      this.options.onError(error);
      if (!this.stopping) this.timers.push(setTimeout(() => void this.listen().catch(reconnectLater), this.options.pollIntervalMs ?? POLL_INTERVAL_MS));
    };
    client.on("notification", () => this.wake());
    client.on("error", reconnect);
    client.on("end", () => reconnect());
    await client.connect();
    await client.query(`LISTEN ${WAKE_CHANNEL}`);
    this.listener = client;
    // Mail enqueued while not listening would otherwise wait for the next poll.
    this.wake();
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}
