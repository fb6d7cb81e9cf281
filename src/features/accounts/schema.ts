import { z } from "zod";
import { UserRole } from "@/generated/prisma/enums";
import { emailSchema } from "@/features/auth/schema";

/** Roles as people (and the command line) name them. */
export const ROLE_LABELS: Record<UserRole, string> = { EDITOR: "redaktor", ADMINISTRATOR: "administrator" };

export const roleSchema = z.enum(["redaktor", "administrator"], { message: "Wybierz rolę: redaktor albo administrator." }).transform(
  (label): UserRole => (label === "administrator" ? UserRole.ADMINISTRATOR : UserRole.EDITOR),
);

export const personNameSchema = z
  .string()
  .trim()
  .min(1, "Wpisz imię i nazwisko.")
  .max(120, "Imię i nazwisko może mieć najwyżej 120 znaków.");

export const accountSchema = z.object({ email: emailSchema, name: personNameSchema, role: roleSchema });

export type AccountInput = z.infer<typeof accountSchema>;
