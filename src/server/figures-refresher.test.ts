import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FiguresRefresher, REFRESH_PATH } from "./figures-refresher";

// A real HTTP endpoint records the calls; the refresher's timer is never left to run (an hour).

const calls: string[] = [];
const server = createServer((req, res) => {
  calls.push(`${req.method} ${req.url} ${req.headers.authorization}`);
  res.writeHead(204).end();
});
let baseUrl = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("FiguresRefresher", () => {
  it("refreshes only after new views, and once more on the tick after, for pages regenerated meanwhile", async () => {
    calls.length = 0;
    const refresher = new FiguresRefresher({ baseUrl, token: "t0k3n", intervalMs: 3_600_000, onError: (error) => { throw error; } });
    await refresher.flush();
    expect(calls).toEqual([]);
    refresher.markChanged();
    await refresher.flush();
    await refresher.flush();
    await refresher.flush();
    refresher.stop();
    expect(calls).toEqual([`POST ${REFRESH_PATH}?zakres=liczniki Bearer t0k3n`, `POST ${REFRESH_PATH}?zakres=liczniki Bearer t0k3n`]);
  });
});
