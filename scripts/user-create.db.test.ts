import { spawn } from "node:child_process";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { resetDatabase } from "../tests/db/reset";
import { verifyPassword } from "../src/features/auth/password";
import { db } from "../src/lib/db";

// `npm run user:create` as an administrator would run it: arguments, the password on stdin.

function run(args: string[], stdin: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/user-create.ts", ...args], {
      env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stdin.end(stdin);
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

beforeEach(resetDatabase);

describe("npm run user:create", () => {
  it("creates an account whose password is hashed with Argon2id, and logs it", async () => {
    const password = "jesienne liście na Plantach";
    const result = await run(["--email", "Anna.Nowak@Gmina.example.pl", "--role", "administrator", "--name", "Anna Nowak"], `${password}\n`);
    expect(result.output).toContain("Utworzono konto");
    expect(result.code).toBe(0);
    const user = await db.user.findUniqueOrThrow({ where: { email: "anna.nowak@gmina.example.pl" } });
    expect(user).toMatchObject({ name: "Anna Nowak", role: "ADMINISTRATOR", active: true });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    const [event] = await db.auditEvent.findMany();
    expect(event).toMatchObject({ action: "USER_CREATED", actorId: null, subject: "anna.nowak@gmina.example.pl" });
  }, 60_000);

  it("refuses a password on the command line, a common password, and a second account with the same e-mail", async () => {
    const withArgv = await run(["--email", "a@gmina.example.pl", "--role", "redaktor", "--password", "jesienne liście"], "");
    expect(withArgv.code).toBe(1);
    expect(withArgv.output).toMatch(/nigdy w wierszu poleceń/);

    const common = await run(["--email", "a@gmina.example.pl", "--role", "redaktor"], "qwerty123456\n");
    expect(common.code).toBe(1);
    expect(common.output).toMatch(/zbyt popularne/);

    expect((await run(["--email", "a@gmina.example.pl", "--role", "redaktor"], "zimowy poranek nad Wisłą\n")).code).toBe(0);
    const again = await run(["--email", "a@gmina.example.pl", "--role", "redaktor"], "zimowy poranek nad Wisłą\n");
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/już istnieje/);
    expect(await db.user.count()).toBe(1);
  }, 120_000);
});
