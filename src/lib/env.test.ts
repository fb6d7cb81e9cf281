import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const parse = (variables: Record<string, string>) => parseEnv({ NODE_ENV: "test", ...variables });

describe("PUBLIC_ORIGIN", () => {
  it("defaults to localhost on the configured port", () => {
    expect(parse({ PORT: "3202" }).PUBLIC_ORIGIN).toBe("http://localhost:3202");
    expect(parse({}).PUBLIC_ORIGIN).toBe("http://localhost:3000");
  });

  it("keeps only the origin of the configured address", () => {
    expect(parse({ PUBLIC_ORIGIN: "https://bdp.example.pl/" }).PUBLIC_ORIGIN).toBe("https://bdp.example.pl");
    expect(parse({ PUBLIC_ORIGIN: "https://bdp.example.pl:8443/ignored?x=1" }).PUBLIC_ORIGIN).toBe("https://bdp.example.pl:8443");
  });

  it.each(["bdp.example.pl", "ftp://bdp.example.pl", "javascript:alert(1)", ""])("rejects %j", (value) => {
    expect(() => parse({ PUBLIC_ORIGIN: value })).toThrow(/PUBLIC_ORIGIN/);
  });
});
