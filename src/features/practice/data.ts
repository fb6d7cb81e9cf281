import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { PracticeStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { publicContact } from "./public-contact";
import { practiceSlugSchema } from "./schema";

const categoryPath = { select: { slug: true, name: true, parent: { select: { slug: true, name: true } } } } as const;

const listItemSelect = {
  slug: true,
  title: true,
  summary: true,
  locality: true,
  voivodeship: true,
  unitType: true,
  enteredOn: true,
  primaryCategory: categoryPath,
} satisfies Prisma.PracticeSelect;

export type PracticeListItem = Prisma.PracticeGetPayload<{ select: typeof listItemSelect }>;

/** The three public views of one published practice; drafts and unknown slugs give null. */
export const getPublishedPractice = cache(async (slug: string) => {
  const practice = await db.practice.findFirst({
    where: { slug, status: PracticeStatus.PUBLISHED },
    include: {
      primaryCategory: categoryPath,
      contacts: { orderBy: { position: "asc" } },
      attachments: { orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  // A hidden address never leaves this getter, so no public view (page, JSON-LD, print) can show it;
  // whether a reader can write to the authors (relayed, public address or not) is kept as a flag.
  return (
    practice && {
      ...practice,
      contacts: practice.contacts.map(publicContact),
      authorsReachable: practice.contacts.some((contact) => contact.email !== null),
    }
  );
});

export type PublishedPractice = NonNullable<Awaited<ReturnType<typeof getPublishedPractice>>>;

export async function listNewestPractices(limit: number): Promise<PracticeListItem[]> {
  return db.practice.findMany({
    where: { status: PracticeStatus.PUBLISHED },
    orderBy: [{ enteredOn: "desc" }, { id: "desc" }],
    take: limit,
    select: listItemSelect,
  });
}

/** An attachment of a published practice, for the download route. */
export async function getPublishedAttachment(practiceSlug: string, attachmentId: number) {
  return db.attachment.findFirst({
    where: { id: attachmentId, practice: { slug: practiceSlug, status: PracticeStatus.PUBLISHED } },
    select: { id: true, fileName: true, mimeType: true, byteSize: true, storageKey: true },
  });
}

/** A practice by the slug from the URL; null for unknown and malformed slugs. */
export const findPublishedPractice = cache(async (rawSlug: string): Promise<PublishedPractice | null> => {
  const slug = practiceSlugSchema.safeParse(rawSlug);
  return slug.success ? getPublishedPractice(slug.data) : null;
});

/** For pages: the practice, or the 404 page. (Metadata uses findPublishedPractice: see metadata.ts.) */
export async function getPracticeOrNotFound(rawSlug: string): Promise<PublishedPractice> {
  const practice = await findPublishedPractice(rawSlug);
  if (!practice) notFound();
  return practice;
}

export type LookalikePractice = {
  id: number;
  slug: string;
  title: string;
  locality: string;
  implementingUnit: string;
  status: PracticeStatus;
  sameLocality: boolean;
};

type LookalikeScope = {
  /** The public submission form sees published practices only; editors every one outside the bin. */
  publishedOnly: boolean;
  /** The practice a reviewed submission has already become, which is not its own duplicate. */
  exceptId?: number | null;
};

/**
 * Practices that may be the same one as a submission (so duplicates are caught before review): a
 * similar title, or a somewhat similar title from a similar unit or locality (pg_trgm's
 * similarity, 0–1), best first.
 */
export async function findLookalikePractices(
  fields: { title: string; locality: string; implementingUnit: string },
  scope: LookalikeScope,
  limit = 5,
): Promise<LookalikePractice[]> {
  const title = fields.title.trim().slice(0, 300);
  if (title === "") return [];
  const locality = fields.locality.trim().slice(0, 200);
  const unit = fields.implementingUnit.trim().slice(0, 300);
  return db.$queryRaw<LookalikePractice[]>`
    SELECT id, slug, title, locality, implementing_unit AS "implementingUnit", status, "sameLocality"
    FROM (
      -- upper(): the enum's database labels are its Prisma names in lower case ("draft").
      SELECT id, slug, title, locality, implementing_unit, upper(status::text) AS status,
        ${locality} <> '' AND lower(locality) = lower(${locality}) AS "sameLocality",
        similarity(title, ${title}) AS title_score,
        greatest(similarity(locality, ${locality}), similarity(implementing_unit, ${unit})) AS unit_score
      FROM practice
      WHERE deleted_at IS NULL
        AND (status = 'published' OR NOT ${scope.publishedOnly})
        AND id IS DISTINCT FROM ${scope.exceptId ?? null}::int
    ) scored
    WHERE title_score >= 0.45 OR (title_score >= 0.2 AND unit_score >= 0.5)
    ORDER BY title_score + unit_score / 2 DESC, slug
    LIMIT ${limit}`;
}
