import { z } from "zod";
import { firstValue, pageNumberSchema } from "@/lib/search-params";
import { SLUG_PATTERN } from "@/lib/slug";

export const practiceSlugSchema = z.string().max(200).regex(SLUG_PATTERN);

export const attachmentIdSchema = z.coerce.number().int().min(1).max(2_147_483_647);

export const categoryListingParamsSchema = z.object({
  sort: z.preprocess(firstValue, z.enum(["najnowsze", "tytul"])).catch("najnowsze"),
  strona: pageNumberSchema,
});

export type CategoryListingParams = z.infer<typeof categoryListingParamsSchema>;
