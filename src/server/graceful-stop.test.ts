import { once } from "node:events";
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { stopServing } from "./graceful-stop";

// A real server with a slow request in flight and an idle keep-alive connection, stopped.

function get(port: number, path: string, agent?: Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path, agent }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("graceful stop", () => {
  it("finishes requests in flight, closes idle connections, and takes no new ones", async () => {
    const server = createServer((req, res) => {
      const delay = req.url === "/wolna" ? 600 : 0;
      setTimeout(() => res.end(`odpowiedź ${req.url}`), delay);
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    const keepAlive = new Agent({ keepAlive: true });
    await get(port, "/szybka", keepAlive); // leaves an idle keep-alive connection open

    const slow = get(port, "/wolna");
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const lines: string[] = [];
    const stopped = stopServing(server, 5_000, (line) => lines.push(line));
    await expect(get(port, "/nowa")).rejects.toThrow(/ECONNREFUSED/);
    expect(await slow).toEqual({ status: 200, body: "odpowiedź /wolna" });
    await stopped;
    expect(Date.now() - started).toBeLessThan(2_000); // the idle connection did not hold it up
    expect(lines).toEqual([]);
    keepAlive.destroy();
  });

  it("cuts what is still running at the deadline, and says so", async () => {
    const server = createServer(() => {}); // never answers
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    const hanging = get(port, "/").catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const lines: string[] = [];
    await stopServing(server, 300, (line) => lines.push(line));
    expect(await hanging).toBeInstanceOf(Error);
    expect(lines[0]).toContain("still running");
  });
});
