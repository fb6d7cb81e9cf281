import { extractNextAttachmentText } from "@/features/attachments/text-job";

// Runs the attachments' text job (features/attachments/text-job.ts) in the site's process, like
// the mail worker: it polls for pending attachments and works through them one at a time, so at
// most one sandboxed extraction runs per process. An upload is searchable within a poll interval
// plus its extraction.

type Options = { intervalMs?: number; onError: (error: unknown) => void };

const POLL_INTERVAL_MS = 3_000;

export class AttachmentTextWorker {
  private running: Promise<void> | null = null;
  private stopping = false;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: Options) {
    this.timer = setInterval(() => this.wake(), options.intervalMs ?? POLL_INTERVAL_MS);
    this.timer.unref();
    this.wake();
  }

  private wake(): void {
    if (this.running || this.stopping) return;
    this.running = this.drain().finally(() => {
      this.running = null;
    });
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopping && (await extractNextAttachmentText())) {
        // next one
      }
    } catch (error) {
      // The database is unreachable or a commit failed: the next poll tries again.
      this.options.onError(error);
    }
  }

  /** Lets the extraction under way finish (bounded by the sandbox's deadline). */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.running;
  }
}
