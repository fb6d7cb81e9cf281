import type { PracticeStatus } from "@/generated/prisma/enums";

export const STATUS_LABELS: Record<PracticeStatus, string> = {
  DRAFT: "szkic",
  PUBLISHED: "opublikowana",
  UNPUBLISHED: "wycofana z publikacji",
};

/** The list's status filter (?stan=…): the three states plus the bin. */
export const STATUS_FILTERS = {
  szkic: "DRAFT",
  opublikowana: "PUBLISHED",
  wycofana: "UNPUBLISHED",
  kosz: "BIN",
} as const;

export type StatusFilter = keyof typeof STATUS_FILTERS;

export const CHANGE_LABELS = {
  CREATED: "utworzenie",
  EDITED: "edycja",
  PUBLISHED: "publikacja",
  UNPUBLISHED: "wycofanie z publikacji",
  RESTORED: "przywrócenie wersji",
  DELETED: "przeniesienie do kosza",
  UNDELETED: "przywrócenie z kosza",
} as const;
