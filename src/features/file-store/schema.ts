import { z } from "zod";
import { FILE_STORE_KINDS } from "./store";

const kindSchema = z.enum(FILE_STORE_KINDS, { error: "Magazyn to local, postgres albo s3." });

/** `npm run files:migrate -- --to postgres [--from local] [--delete-source]`, after node:util's parseArgs. */
export const migrateArgsSchema = z
  .object({
    to: kindSchema,
    /** Defaults to the site's store (FILE_STORE). */
    from: kindSchema,
    "delete-source": z.boolean().default(false),
  })
  .refine((args) => args.from !== args.to, { message: "Magazyn źródłowy i docelowy są ten sam: nie ma czego przenosić.", path: ["to"] });

export type MigrateArgs = z.infer<typeof migrateArgsSchema>;
