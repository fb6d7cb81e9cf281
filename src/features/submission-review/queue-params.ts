import { z } from "zod";
import { VOIVODESHIPS } from "@/features/practice/vocabulary";
import { voivodeshipParamSchema } from "@/features/practice/voivodeship-param";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { firstValue, pageNumberSchema } from "@/lib/search-params";

// The queue's URL (/admin/zgloszenia?stan=…&wojewodztwo=…&wiek=…&strona=…): anything unexpected
// falls back to the default, never to an error.

/** ?stan=…: the states as the database names them, plus the default "waiting" and "all". */
export const QUEUE_STATES = {
  oczekujace: ["NEW", "IN_REVIEW"],
  nowe: ["NEW"],
  "w-ocenie": ["IN_REVIEW"],
  "do-poprawy": ["NEEDS_CHANGES"],
  przyjete: ["ACCEPTED"],
  odrzucone: ["REJECTED"],
  wszystkie: ["NEW", "IN_REVIEW", "NEEDS_CHANGES", "ACCEPTED", "REJECTED"],
} as const satisfies Record<string, readonly SubmissionStatus[]>;

export type QueueState = keyof typeof QUEUE_STATES;

/** The states an editor ever sees: a draft is not in the queue until its address is confirmed. */
export const QUEUE_STATUSES: readonly SubmissionStatus[] = QUEUE_STATES.wszystkie;

/** ?wiek=…: waiting longer than so many days since it (last) entered the queue. */
export const QUEUE_AGES = { "ponad-7-dni": 7, "ponad-30-dni": 30 } as const;

export const AGE_LABELS: Record<keyof typeof QUEUE_AGES, string> = { "ponad-7-dni": "ponad 7 dni", "ponad-30-dni": "ponad 30 dni" };

const keysOf = <T extends object>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

export const queueParamsSchema = z.object({
  stan: z.preprocess(firstValue, z.enum(keysOf(QUEUE_STATES))).catch("oczekujace").default("oczekujace"),
  wojewodztwo: voivodeshipParamSchema,
  wiek: z.preprocess(firstValue, z.enum(keysOf(QUEUE_AGES))).optional().catch(undefined),
  strona: pageNumberSchema,
});

export type QueueParams = z.infer<typeof queueParamsSchema>;

/** The queue's URL for these parameters (defaults left out). */
export function queueHref(params: QueueParams, change: Partial<QueueParams> = {}): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  if (next.stan !== "oczekujace") query.set("stan", next.stan);
  if (next.wojewodztwo) query.set("wojewodztwo", VOIVODESHIPS[next.wojewodztwo].slug);
  if (next.wiek) query.set("wiek", next.wiek);
  if (next.strona > 1) query.set("strona", String(next.strona));
  const text = query.toString();
  return text ? `/admin/zgloszenia?${text}` : "/admin/zgloszenia";
}

/** The moment before which a submission is older than the age filter. */
export function ageCutoff(age: keyof typeof QUEUE_AGES, now: Date): Date {
  return new Date(now.getTime() - QUEUE_AGES[age] * 86_400_000);
}
