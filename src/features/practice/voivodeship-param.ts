import { z } from "zod";
import type { Voivodeship } from "@/generated/prisma/enums";
import { firstValue } from "@/lib/search-params";
import { voivodeshipOfSlug } from "./vocabulary";

/** ?wojewodztwo=<slug> of an admin list: one voivodeship, or undefined ("any") for anything else. */
export const voivodeshipParamSchema = z
  .preprocess(
    firstValue,
    z.string().transform((slug, context): Voivodeship => {
      const value = voivodeshipOfSlug(slug);
      if (!value) {
        context.addIssue({ code: "custom", message: "unknown" });
        return z.NEVER;
      }
      return value;
    }),
  )
  .optional()
  .catch(undefined);
