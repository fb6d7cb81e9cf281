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

describe("FILE_STORE", () => {
  it("keeps files on local disk unless told otherwise", () => {
    expect(parse({}).FILE_STORE).toBe("local");
    expect(parse({ FILE_STORE: "postgres" }).FILE_STORE).toBe("postgres");
  });

  it("needs a bucket for s3, and both keys or neither", () => {
    expect(() => parse({ FILE_STORE: "s3" })).toThrow(/S3_BUCKET/);
    expect(() => parse({ FILE_STORE: "s3", S3_BUCKET: "bdp-pliki", S3_ACCESS_KEY_ID: "klucz" })).toThrow(/S3_SECRET_ACCESS_KEY/);
    const s3 = parse({ FILE_STORE: "s3", S3_BUCKET: "bdp-pliki", S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "true" });
    expect(s3).toMatchObject({ S3_BUCKET: "bdp-pliki", S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: true });
  });

  it.each<Record<string, string>>([{ FILE_STORE: "disk" }, { S3_ENDPOINT: "s3.example.pl" }, { S3_BUCKET: "Duże_Litery" }])("rejects %j", (variables) => {
    expect(() => parse(variables)).toThrow(/FILE_STORE|S3_/);
  });
});

describe("METRICS_ALLOW", () => {
  it("defaults to loopback only", () => {
    expect(parse({}).METRICS_ALLOW).toEqual([
      { address: "127.0.0.1", prefix: 32, family: "ipv4" },
      { address: "::1", prefix: 128, family: "ipv6" },
    ]);
  });

  it("reads addresses and networks, spaces and empty entries ignored", () => {
    expect(parse({ METRICS_ALLOW: " 10.0.0.0/8, ,fd00::/8,192.168.1.7 " }).METRICS_ALLOW).toEqual([
      { address: "10.0.0.0", prefix: 8, family: "ipv4" },
      { address: "fd00::", prefix: 8, family: "ipv6" },
      { address: "192.168.1.7", prefix: 32, family: "ipv4" },
    ]);
  });

  it("lets nobody in when empty", () => {
    expect(parse({ METRICS_ALLOW: "" }).METRICS_ALLOW).toEqual([]);
  });

  it.each(["localhost", "10.0.0.0/33", "300.1.1.1", "10.0.0.1;10.0.0.2", "*"])("rejects %j", (value) => {
    expect(() => parse({ METRICS_ALLOW: value })).toThrow(/METRICS_ALLOW/);
  });
});
