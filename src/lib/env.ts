import { z } from "zod";

/** One entry of METRICS_ALLOW: an address or a network in CIDR notation. */
const allowedNetworkSchema = z.union([
  z.ipv4().transform((address) => ({ address, prefix: 32, family: "ipv4" as const })),
  z.ipv6().transform((address) => ({ address, prefix: 128, family: "ipv6" as const })),
  z.cidrv4().transform((cidr) => ({ address: cidr.split("/")[0]!, prefix: Number(cidr.split("/")[1]), family: "ipv4" as const })),
  z.cidrv6().transform((cidr) => ({ address: cidr.split("/")[0]!, prefix: Number(cidr.split("/")[1]), family: "ipv6" as const })),
]);

export type AllowedNetwork = z.infer<typeof allowedNetworkSchema>;

// The one place that reads process.env: everything else asks for a parsed, typed value.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  /** Where uploaded attachments live; outside public/ so they are only served through the download route. */
  ATTACHMENTS_DIR: z.string().min(1).default(".data/attachments"),
  /**
   * Where stored files (attachments, publications, submissions' files) live: `local` (ATTACHMENTS_DIR,
   * one instance only), `postgres` (chunks in the site's database) or `s3` (an S3-compatible bucket).
   * Several instances of the site need `postgres` or `s3` (docs/decisions/020-file-stores.md).
   */
  FILE_STORE: z.enum(["local", "postgres", "s3"]).default("local"),
  /** The S3-compatible service of FILE_STORE=s3; unset endpoint: AWS's own for S3_REGION. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "S3_ENDPOINT must be an http(s):// address" }).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "S3_BUCKET must be a valid bucket name").optional(),
  /** Unset both: the SDK's own chain (instance role, AWS_* variables, profile). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** `true` for most self-hosted services (MinIO, Ceph): bucket in the path, not the host name. */
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  /** Shared secret between the HTTP front (src/server) and Next's route handlers, set by the server at start. */
  BDP_INTERNAL_TOKEN: z.string().min(32).optional(),
  /** Database pool size per process. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Behind a reverse proxy, take the client address from X-Forwarded-For (for unique visitors). */
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  /** Editors' sessions end after this many minutes without a request… */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  /** …and this many hours after signing in, whatever their use. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** The largest attachment accepted, in megabytes (10^6 bytes); the content inspection reads at most 32 MiB. */
  ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(33).default(20),
  /**
   * Outgoing mail server, e.g. smtp://user:pass@mail.example.pl:587 or smtps://…:465. Unset: mail is
   * kept in the outbox and readable by administrators at /admin/poczta, never sent.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// address")
    .optional(),
  /** The sender of every e-mail the bank sends. */
  MAIL_FROM: z.string().min(3).default("Bank Dobrych Praktyk <bdp@localhost>"),
  /** Attachments a submitter may add to one submission, and the size of each in megabytes. */
  SUBMISSION_MAX_FILES: z.coerce.number().int().min(0).max(20).default(5),
  SUBMISSION_FILE_MAX_MB: z.coerce.number().int().min(1).max(33).default(10),
  /** How often the HTTP front runs the search alerts' digest job (features/search-alerts/digest.ts). */
  ALERT_DIGEST_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(600),
  /**
   * Limits of the background extraction of attachments' text for search (features/attachments/
   * text-sandbox.ts): seconds per file, pages read of a PDF, characters kept per file, and the
   * heap of the worker thread that parses, in megabytes. A file beyond them is marked failed or cut.
   */
  ATTACHMENT_TEXT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  ATTACHMENT_TEXT_MAX_PAGES: z.coerce.number().int().min(1).max(10_000).default(300),
  ATTACHMENT_TEXT_MAX_CHARS: z.coerce.number().int().min(1000).max(1_000_000).default(200_000),
  ATTACHMENT_TEXT_MAX_HEAP_MB: z.coerce.number().int().min(32).max(2048).default(256),
  /** Structured log lines (JSON, one per line on standard output) at this level and above. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * Who may read /metrics: comma-separated addresses and CIDR networks, matched against the
   * connection's own address (src/server/metrics-access.ts). Empty: nobody. Anyone else gets 404.
   */
  METRICS_ALLOW: z
    .string()
    .default("127.0.0.1,::1")
    .transform((list) => list.split(",").map((entry) => entry.trim()).filter((entry) => entry !== ""))
    .pipe(z.array(allowedNetworkSchema, { error: "METRICS_ALLOW must list IP addresses or CIDR networks, separated by commas" })),
  /** For `npm run bench:observability` only: "1" serves without request logs and metrics, to measure their cost. */
  BDP_BENCH_NO_OBSERVATION: z
    .enum(["1", "0"])
    .optional()
    .transform((value) => value === "1"),
  /** Where `npm start` keeps the embedded PostgreSQL cluster when DATABASE_URL is unset. */
  EMBEDDED_PG_DIR: z.string().min(1).default(".data/postgres"),
  /**
   * The site's public address (scheme, host, port) for absolute links: canonical URLs, feeds,
   * sitemaps, the API. Defaults to http://localhost:PORT; set it to the address people use.
   */
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, error: "PUBLIC_ORIGIN must be an http(s):// address" })
    .transform((url) => new URL(url).origin)
    .optional(),
});

const envWithDefaultsSchema = envSchema
  .refine((parsed) => parsed.FILE_STORE !== "s3" || parsed.S3_BUCKET !== undefined, {
    path: ["S3_BUCKET"],
    message: "FILE_STORE=s3 needs S3_BUCKET",
  })
  .refine((parsed) => (parsed.S3_ACCESS_KEY_ID === undefined) === (parsed.S3_SECRET_ACCESS_KEY === undefined), {
    path: ["S3_SECRET_ACCESS_KEY"],
    message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together or not at all",
  })
  .transform((parsed) => ({
  ...parsed,
  PUBLIC_ORIGIN: parsed.PUBLIC_ORIGIN ?? `http://localhost:${parsed.PORT}`,
}));

export type Env = z.infer<typeof envWithDefaultsSchema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envWithDefaultsSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** Parsed once, on first use, so that start-up code can set DATABASE_URL before anything connects. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/**
 * For start-up code only: sets a variable for this process and the code it loads (Next's server
 * runs in the same process), then forgets the parsed copy so the next `env()` sees it.
 */
export function setProcessEnv(
  name: "DATABASE_URL" | "BDP_INTERNAL_TOKEN" | "NODE_ENV" | "NEXT_TELEMETRY_DISABLED" | "ATTACHMENTS_DIR" | "FILE_STORE",
  value: string,
): void {
  (process.env as Record<string, string>)[name] = value;
  cached = undefined;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the site with `npm start`, which provides one.");
  return url;
}
