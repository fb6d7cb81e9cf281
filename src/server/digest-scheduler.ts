// The search alerts' digests run inside Next (they use the search code and the Prisma client), so
// the front calls a private route handler on a timer, like the figures refresher. One call at a
// time per process; several processes are safe (the job claims each alert with SKIP LOCKED).

export const DIGEST_PATH = "/api/wewnetrzne/powiadomienia";

type Options = { baseUrl: string; token: string; intervalMs: number; onError: (error: unknown) => void };

export class DigestScheduler {
  private running = false;
  private timer: NodeJS.Timeout;

  constructor(private readonly options: Options) {
    this.timer = setInterval(() => void this.tick(), options.intervalMs);
    this.timer.unref();
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const response = await fetch(new URL(DIGEST_PATH, this.options.baseUrl), {
        method: "POST",
        headers: { authorization: `Bearer ${this.options.token}` },
      });
      if (!response.ok) throw new Error(`${DIGEST_PATH} answered ${response.status}`);
    } catch (error) {
      this.options.onError(error);
    } finally {
      this.running = false;
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
