import "server-only";
import { cache } from "react";
import { PracticeStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";

/** A contact a reader can write to: never the address, which only the relay reads. */
export type Recipient = { id: number; name: string; role: string | null };

export type ContactablePractice = { id: number; slug: string; title: string; recipients: Recipient[] };

/**
 * A published practice with the contact persons who have an e-mail address (public or not), or
 * null when there is none to write to.
 */
export const getContactablePractice = cache(async (slug: string): Promise<ContactablePractice | null> => {
  const practice = await db.practice.findFirst({
    where: { slug, status: PracticeStatus.PUBLISHED },
    select: {
      id: true,
      slug: true,
      title: true,
      contacts: { where: { email: { notIn: [""] }, NOT: { email: null } }, select: { id: true, name: true, role: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  if (!practice || practice.contacts.length === 0) return null;
  return { id: practice.id, slug: practice.slug, title: practice.title, recipients: practice.contacts };
});
