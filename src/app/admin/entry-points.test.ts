import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Authorization is checked where data is read or written: every admin page, layout and route
// handler, and every server action, calls one of the checks itself. This test reads the sources,
// so a new page or action without a check fails here before anyone can reach it.

const CHECKS = /\b(requireEditor|requireAdministrator|editorOrUnauthorized|getCurrentEditor)\(/;
const ADMIN = path.resolve("src/app/admin");
// Files that draw no data: the passthrough root layout and the 403/404 pages.
const NO_DATA = new Set(["layout.tsx", "forbidden.tsx", "not-found.tsx"].map((name) => path.join(ADMIN, name)));

function* files(directory: string): Generator<string> {
  for (const name of readdirSync(directory)) {
    const entry = path.join(directory, name);
    if (statSync(entry).isDirectory()) yield* files(entry);
    else yield entry;
  }
}

function* serverActionFiles(directory: string): Generator<string> {
  for (const file of files(directory)) {
    if (/\.tsx?$/.test(file) && /^["']use server["'];/m.test(readFileSync(file, "utf8"))) yield file;
  }
}

/** Each exported async function of a "use server" file, with its body (up to the next export). */
function exportedFunctions(source: string): { name: string; body: string }[] {
  const parts = source.split(/\n(?=export )/);
  return parts.flatMap((part) => {
    const match = /^export async function (\w+)/.exec(part);
    return match ? [{ name: match[1]!, body: part }] : [];
  });
}

// Actions for people without a session: signing in, and the public forms (each screened by
// features/public-forms/screen.ts instead).
const PUBLIC_ACTIONS = new Set(["signInAction", "sendContactMessageAction", "reportAdoptionAction", "confirmAdoptionAction"]);
// The public submission form's actions: each finds what it changes by a private token from the
// form (features/submissions) and guards itself against abuse.
// The search alerts' actions: subscribing is screened like the public forms, confirming needs the
// private token of the e-mail (features/search-alerts).
const PUBLIC_ACTION_FILES = new Set(["src/features/submissions/actions.ts", "src/features/search-alerts/actions.ts"]);

describe("admin entry points", () => {
  it("every page, layout and route handler of the admin checks the session itself", () => {
    const unchecked = [...files(ADMIN)]
      .filter((file) => /(page|layout)\.tsx$|route\.ts$/.test(file) && !NO_DATA.has(file))
      .filter((file) => !CHECKS.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(process.cwd(), file));
    expect(unchecked).toEqual([]);
  });

  it("every server action checks the editor before anything else", () => {
    const actions = [...serverActionFiles(path.resolve("src/features"))].flatMap((file) =>
      exportedFunctions(readFileSync(file, "utf8")).map((fn) => ({ file: path.relative(process.cwd(), file), ...fn })),
    );
    expect(actions.length).toBeGreaterThan(10);
    const unchecked = actions.filter((action) => {
      if (PUBLIC_ACTIONS.has(action.name) || PUBLIC_ACTION_FILES.has(action.file)) return false;
      // The first statement of the body must be the check.
      const firstStatement = action.body.slice(action.body.indexOf("{") + 1).trim().split("\n")[0] ?? "";
      return !CHECKS.test(firstStatement);
    });
    expect(unchecked.map((action) => `${action.file}: ${action.name}`)).toEqual([]);
  });
});
