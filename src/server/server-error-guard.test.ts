import { once } from "node:events";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceServerErrors } from "./server-error-guard";
import { answerUnavailable } from "./unavailable";

// The guard on a real HTTP server, with handlers answering the ways Next does: headers set then
// end(body), writeHead then a streamed body, and an empty end().

const handlers: Record<string, (res: ServerResponse) => void> = {
  "/ok": (res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end("<p>strona</p>");
  },
  "/empty-500": (res) => {
    res.statusCode = 500;
    res.end();
  },
  "/streamed-500": (res) => {
    res.writeHead(500, { "content-type": "text/html", "x-nextjs-cache": "MISS" });
    res.write("<p>błąd</p>");
    res.end("<p>koniec</p>");
  },
  "/api/praktyki": (res) => {
    res.statusCode = 500;
    res.setHeader("content-length", "0");
    res.flushHeaders();
    res.end();
  },
};

let baseUrl: string;
const server = createServer((req, res) => {
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  res.setHeader("x-frame-options", "DENY");
  const kept = new Set(res.getHeaderNames());
  replaceServerErrors(res, () => answerUnavailable(res, req.url ?? "/", pathname, kept));
  handlers[pathname]!(res);
});

beforeAll(async () => {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("server error guard", () => {
  it("lets other answers through untouched", async () => {
    const response = await fetch(`${baseUrl}/ok`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<p>strona</p>");
  });

  for (const path of ["/empty-500", "/streamed-500"]) {
    it(`answers ${path} with the complete 503 page instead`, async () => {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-nextjs-cache")).toBeNull();
      const html = await response.text();
      expect(html).toMatch(/^<!doctype html>\n<html lang="pl">/);
      expect(html).toContain("<h1>Serwis chwilowo niedostępny</h1>");
      expect(html).not.toContain("<script");
      expect(html).not.toContain("błąd");
    });
  }

  it("answers the API with problem+json", async () => {
    const response = await fetch(`${baseUrl}/api/praktyki`);
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 503, title: "Serwis chwilowo niedostępny", instance: "/api/praktyki" });
  });
});
