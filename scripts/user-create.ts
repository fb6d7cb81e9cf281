// `npm run user:create -- --email anna@gmina.pl --role administrator [--name "Anna Nowak"]`:
// creates an editor's account. The password is read from a hidden prompt, or from the first line
// of standard input when it is not a terminal (`… < haslo.txt`); never from the command line,
// where it would stay in the shell's history and in the process list.
import { parseArgs } from "node:util";
import { provideToolDatabase } from "../src/server/database";
import { readLine, readPassword, readStdinLine } from "./support/prompt";

const log = (line: string) => console.log(`[bdp] ${line}`);

function fail(message: string): never {
  console.error(`[bdp] ${message}`);
  process.exit(1);
}

const USAGE = 'Użycie: npm run user:create -- --email adres@gmina.pl --role redaktor|administrator [--name "Imię Nazwisko"]';

async function main(): Promise<void> {
  let values: { email?: string; role?: string; name?: string };
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } }, strict: true }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\nHasło podaje się po uruchomieniu (albo na standardowym wejściu), nigdy w wierszu poleceń.`);
  }
  const { accountSchema, ROLE_LABELS } = await import("../src/features/accounts/schema");
  const { passwordProblem } = await import("../src/features/auth/password-policy");
  const interactive = process.stdin.isTTY === true;

  const email = values.email ?? (interactive ? await readLine("Adres e-mail: ") : fail(USAGE));
  const role = values.role ?? (interactive ? await readLine("Rola (redaktor/administrator): ") : fail(USAGE));
  const name = values.name ?? (interactive ? await readLine("Imię i nazwisko: ") : email.split("@")[0] ?? "");
  const account = accountSchema.safeParse({ email, role, name });
  if (!account.success) fail(account.error.issues.map((issue) => issue.message).join(" "));

  let password: string;
  if (interactive) {
    password = await readPassword("Hasło (12–128 znaków, nie będzie widoczne): ");
    const problem = passwordProblem(password, account.data);
    if (problem) fail(problem);
    if ((await readPassword("Powtórz hasło: ")) !== password) fail("Hasła się różnią.");
  } else {
    password = await readStdinLine();
    const problem = passwordProblem(password, account.data);
    if (problem) fail(problem);
  }

  const database = await provideToolDatabase("bdp", log);
  try {
    const { migrate } = await import("../src/lib/migrations");
    await migrate(database.url);
    // Imported only now: the database client reads DATABASE_URL, which provideToolDatabase may have set.
    const { createUser, EmailTaken } = await import("../src/features/accounts/mutations");
    const { disconnectDb } = await import("../src/lib/db");
    try {
      const id = await createUser({ ...account.data, password }, null, { via: "wiersz-polecen" });
      log(`Utworzono konto nr ${id}: ${account.data.email} (${ROLE_LABELS[account.data.role]}). Zaloguj się na /admin/logowanie.`);
    } catch (error) {
      if (error instanceof EmailTaken) fail(`Konto ${account.data.email} już istnieje.`);
      throw error;
    } finally {
      await disconnectDb();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
