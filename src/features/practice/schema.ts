import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/slug";

export const practiceSlugSchema = z.string().max(200).regex(SLUG_PATTERN);

/** Decimal digits only: "0x10", "1e1" or " 7" are not ids. */
export const attachmentIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().max(2_147_483_647));
