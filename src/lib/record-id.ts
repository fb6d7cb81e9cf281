import { z } from "zod";

/** A record's id in an admin URL: decimal digits of a PostgreSQL integer, nothing else. */
export const recordIdSchema = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number).pipe(z.number().max(2_147_483_647));
