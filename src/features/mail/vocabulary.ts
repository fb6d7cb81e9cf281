import { MailStatus } from "@/generated/prisma/enums";

// How the administrators' view of the outbox names a mail's status, and its URL slugs (?stan=…).

export const STATUS_LABELS: Record<MailStatus, string> = {
  PENDING: "czeka na wysłanie",
  SENT: "wysłana",
  FAILED: "nieudana",
};

const STATUS_SLUGS: Record<MailStatus, string> = { PENDING: "oczekuje", SENT: "wyslana", FAILED: "nieudana" };

export const ALL_STATUSES = Object.keys(STATUS_SLUGS) as MailStatus[];

export const statusSlug = (status: MailStatus) => STATUS_SLUGS[status];

export function statusBySlug(slug: string): MailStatus | undefined {
  return ALL_STATUSES.find((status) => STATUS_SLUGS[status] === slug);
}
