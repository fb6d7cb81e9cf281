// Pages are cached; the visit figures on them must be at most 10 s behind the database. Counting
// happens here, outside Next, where cache tags cannot be revalidated, so the front asks a private
// route handler to do it: at most once per interval, and only when new views were saved.

export const REFRESH_PATH = "/api/wewnetrzne/odswiez";

type Options = { baseUrl: string; token: string; intervalMs: number; onError: (error: unknown) => void };

export class FiguresRefresher {
  private changed = false;
  /**
   * Each refresh is followed by one more on the next tick. A page whose regeneration began before
   * a refresh and ended after it holds the figures from before, yet Next stores it as fresh; the
   * second pass expires it, so the lag stays within two intervals even in that race.
   */
  private settling = false;
  private timer: NodeJS.Timeout;

  constructor(private readonly options: Options) {
    this.timer = setInterval(() => void this.flush(), options.intervalMs);
    this.timer.unref();
  }

  markChanged(): void {
    this.changed = true;
  }

  async flush(): Promise<void> {
    if (!this.changed && !this.settling) return;
    this.settling = this.changed;
    this.changed = false;
    try {
      await this.call("liczniki");
    } catch (error) {
      this.changed = true; // try again on the next tick
      this.options.onError(error);
    }
  }

  /** Expires every cached page and datum (at start: the cache may come from another database). */
  refreshEverything(): Promise<void> {
    return this.call("wszystko");
  }

  private async call(scope: "liczniki" | "wszystko"): Promise<void> {
    const url = new URL(REFRESH_PATH, this.options.baseUrl);
    url.searchParams.set("zakres", scope);
    const response = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${this.options.token}` } });
    if (!response.ok) throw new Error(`${REFRESH_PATH} answered ${response.status}`);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
