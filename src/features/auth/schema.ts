import { z } from "zod";

// Forms of signing in and of passwords; safe for the browser too (no list of common passwords
// here: that check runs on the server, in password-policy.ts).

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Characters as people count them: "zażółć" is 6, whatever its UTF-16 length. */
export function passwordLength(password: string): number {
  return [...password.normalize("NFC")].length;
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Wpisz adres e-mail.")
  .max(254, "Adres e-mail jest za długi.")
  .pipe(z.email({ message: "Wpisz adres e-mail w poprawnej postaci, np. jan.kowalski@gmina.pl." }));

/** Where to go after signing in: only an address inside the admin, never another site. */
export const returnToSchema = z
  .string()
  .regex(/^\/admin(?:[/?#][^\\\s]*)?$/)
  .refine((value) => !value.startsWith("//") && !value.includes("/.."))
  .catch("/admin");

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).default(""),
  password: z.string().max(1024).default(""),
  returnTo: returnToSchema.default("/admin"),
});

export const newPasswordSchema = z
  .string()
  .refine((value) => passwordLength(value) >= PASSWORD_MIN_LENGTH, `Hasło musi mieć co najmniej ${PASSWORD_MIN_LENGTH} znaków.`)
  .refine((value) => passwordLength(value) <= PASSWORD_MAX_LENGTH, `Hasło może mieć najwyżej ${PASSWORD_MAX_LENGTH} znaków.`);
