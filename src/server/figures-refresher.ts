// Pages are cached; the visit figures on them must be at most 10 s behind the database. Counting
// happens here, outside Next, where cache tags cannot be revalidated, so the front asks a private
// route handler to do it: at most once per interval, and only when new views were saved.

export const REFRESH_PATH = "/api/wewnetrzne/odswiez-liczniki";

type Options = { baseUrl: string; token: string; intervalMs: number; onError: (error: unknown) => void };

export class FiguresRefresher {
  private changed = false;
  private timer: NodeJS.Timeout;

  constructor(private readonly options: Options) {
    this.timer = setInterval(() => void this.flush(), options.intervalMs);
    this.timer.unref();
  }

  markChanged(): void {
    this.changed = true;
  }

  async flush(): Promise<void> {
    if (!this.changed) return;
    this.changed = false;
    try {
      const response = await fetch(new URL(REFRESH_PATH, this.options.baseUrl), {
        method: "POST",
        headers: { authorization: `Bearer ${this.options.token}` },
      });
      if (!response.ok) throw new Error(`${REFRESH_PATH} answered ${response.status}`);
    } catch (error) {
      this.changed = true; // try again on the next tick
      this.options.onError(error);
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
