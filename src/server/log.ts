import { format, stripVTControlCharacters } from "node:util";
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/env";

// The server process's log: one JSON object per line on standard output, for whatever collects
// the output (journald, Docker, a log shipper) to parse without patterns. Level names rather than
// pino's numbers and ISO times, so that a person reading the raw lines needs no decoder.

export type { Logger };

/** Where Next's cache handler (a plain .mjs that Next loads by itself) finds this process's logger. */
const LOGGER_KEY = Symbol.for("bdp.logger");

/** LOG_LEVEL, or "info" while the environment is invalid: start-up reports that problem itself, through this logger. */
function configuredLevel(): string {
  try {
    return env().LOG_LEVEL;
  } catch {
    return "info";
  }
}

export function createLogger(destination?: DestinationStream, level: string = configuredLevel()): Logger {
  const options = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  // pino's own destination writes synchronously: a line logged just before process.exit is kept.
  return destination ? pino(options, destination) : pino(options);
}

const holder = globalThis as typeof globalThis & { [LOGGER_KEY]?: Logger };

/** The process's logger; components log through children that name them (`component`). */
export const logger: Logger = (holder[LOGGER_KEY] ??= createLogger());

/** For code that logs plain sentences (`log(line)`): each becomes one line at the given level. */
export function lineLogger(parent: Logger, component: string, level: "info" | "warn" = "info"): (line: string) => void {
  const child = parent.child({ component });
  return (line) => child[level](line);
}

/** For error callbacks: the error's message, and its type and stack under `err`. */
export function errorLogger(parent: Logger, component: string): (error: unknown) => void {
  const child = parent.child({ component });
  return (error) => child.error({ err: error }, error instanceof Error ? error.message : String(error));
}

/**
 * Next.js and libraries log to the console (a failed render: `console.error` with the stack). In
 * the site's process those lines become log lines too, so that the output is one format a log
 * collector can parse; `component: "console"` tells them from ours.
 */
export function routeConsoleToLog(parent: Logger): void {
  const child = parent.child({ component: "console" });
  // Next colours its lines for a terminal; in JSON the escape codes are noise.
  const write = (level: "info" | "warn" | "error") => (...args: unknown[]) => child[level](stripVTControlCharacters(format(...args)));
  console.log = write("info");
  console.info = write("info");
  console.warn = write("warn");
  console.error = write("error");
}
