import { readFileSync } from "node:fs";
import path from "node:path";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from "./schema";

// NIST SP 800-63B: length, no composition rules, and no passwords known to be common. "Common"
// here: on the list shipped in common-passwords.txt, one of its entries with only digits and
// punctuation around it ("Password1234!"), one character or a short pattern repeated, or built
// on the service's name or the account's own e-mail.

const LIST_FILE = path.join(process.cwd(), "src/features/auth/common-passwords.txt");

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(LIST_FILE, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
  return common;
}

const SERVICE_WORDS = ["bankdobrychpraktyk", "dobrychpraktyk", "dobrepraktyki"];

function fold(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

/** The password without digits and punctuation around it: "!!Kochanie2024" → "kochanie". */
function core(folded: string): string {
  return folded.replace(/^[\d\p{P}\p{S}\s]+|[\d\p{P}\p{S}\s]+$/gu, "");
}

/** "aaaaaaaaaaaa", "abcabcabcabc", "qwe123qwe123": one unit repeated. */
function isRepetition(folded: string): boolean {
  return /^(.+?)\1+$/su.test(folded);
}

/** "123456789012", "abcdefghijkl", "9876543210987": one step up or down all along (digits wrap around). */
function isSequence(folded: string): boolean {
  const chars = [...folded.replace(/[\p{P}\p{S}\s]/gu, "")];
  if (chars.length < PASSWORD_MIN_LENGTH - 2) return false;
  const step = (a: string, b: string) => {
    if (/\d/.test(a) && /\d/.test(b)) return ((Number(b) - Number(a) + 15) % 10) - 5;
    return b.codePointAt(0)! - a.codePointAt(0)!;
  };
  const steps = new Set(chars.slice(1).map((char, index) => step(chars[index]!, char)));
  return steps.size === 1 && [...steps].every((value) => Math.abs(value) <= 1);
}

export type PasswordContext = { email?: string; name?: string };

/** A Polish message when the password may not be used, null when it may. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return `Hasło musi mieć co najmniej ${PASSWORD_MIN_LENGTH} znaków.`;
  if (length > PASSWORD_MAX_LENGTH) return `Hasło może mieć najwyżej ${PASSWORD_MAX_LENGTH} znaków.`;
  const folded = fold(password);
  const squeezed = folded.replace(/\s+/g, "");
  const list = commonPasswords();
  const base = core(squeezed);
  const known =
    list.has(folded) ||
    list.has(squeezed) ||
    (base.length >= 4 && list.has(base)) ||
    isRepetition(squeezed) ||
    isSequence(squeezed) ||
    SERVICE_WORDS.some((word) => squeezed.includes(word));
  if (known) return "To hasło jest zbyt popularne i łatwe do odgadnięcia. Wybierz inne, np. kilka niepowiązanych słów.";
  const local = context.email ? fold(context.email.split("@")[0] ?? "") : "";
  if ((local.length >= 4 && (base === local || squeezed.includes(local))) || (context.email && squeezed.includes(fold(context.email)))) {
    return "Hasło nie może zawierać adresu e-mail konta.";
  }
  const name = context.name ? fold(context.name).replace(/\s+/g, "") : "";
  if (name.length >= 4 && base === name) return "Hasło nie może być imieniem i nazwiskiem właściciela konta.";
  return null;
}
