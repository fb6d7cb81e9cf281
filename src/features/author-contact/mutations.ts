import "server-only";
import { enqueueMail } from "@/features/mail/mutations";
import { PracticeStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/public-url";
import { copyToSender, messageToContact } from "./mail";
import type { ContactMessage } from "./schema";

export const MESSAGE_KIND = "contact-author";
export const COPY_KIND = "contact-author-copy";

export type RelayResult = { ok: true } | { ok: false; reason: "no-recipient" };

/**
 * Relays a reader's message: one mail to the contact person (Reply-To the reader) and a copy to
 * the reader, both in the outbox in one transaction. Nothing else is stored. The contact is looked
 * up by id within the practice, so no other address can be made a recipient.
 */
export async function relayContactMessage(practiceSlug: string, message: ContactMessage): Promise<RelayResult> {
  return db.$transaction(async (tx) => {
    const contact = await tx.contactPerson.findFirst({
      where: { id: message.adresat, practice: { slug: practiceSlug, status: PracticeStatus.PUBLISHED } },
      select: { name: true, email: true, practice: { select: { title: true, slug: true } } },
    });
    if (!contact?.email) return { ok: false, reason: "no-recipient" } as const;
    const relay = {
      practiceTitle: contact.practice.title,
      practiceUrl: absoluteUrl(`/praktyki/${contact.practice.slug}`),
      contactName: contact.name,
      senderName: message.imie,
      senderEmail: message.email,
      message: message.wiadomosc,
    };
    await enqueueMail(tx, { kind: MESSAGE_KIND, to: contact.email, replyTo: message.email, ...messageToContact(relay) });
    await enqueueMail(tx, { kind: COPY_KIND, to: message.email, ...copyToSender(relay) });
    return { ok: true } as const;
  });
}
