import type { ReceivedMail } from "../../support/smtp-server";
import { E2E_MAILBOX_URL } from "./mail-ports";

// What the site has sent during the browser tests, read from the test mail server's HTTP mailbox
// (support/mail-sink.ts). Specs find their mail by a recipient address of their own.

export type { ReceivedMail };

export async function receivedMail(): Promise<ReceivedMail[]> {
  const response = await fetch(`${E2E_MAILBOX_URL}/wiadomosci`);
  if (!response.ok) throw new Error(`The test mailbox answered ${response.status}.`);
  return (await response.json()) as ReceivedMail[];
}

/** The newest mail delivered to `address` (matching `predicate`, if given), waiting for it to arrive. */
export async function lastMailTo(address: string, options: { timeoutMs?: number; predicate?: (mail: ReceivedMail) => boolean } = {}): Promise<ReceivedMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  const wanted = address.toLowerCase();
  for (;;) {
    const found = (await receivedMail())
      .filter((mail) => mail.envelopeTo.some((to) => to.toLowerCase() === wanted) && (options.predicate?.(mail) ?? true))
      .at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail to ${address} arrived at the test mail server.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Every mail delivered to `address` so far. */
export async function mailTo(address: string): Promise<ReceivedMail[]> {
  const wanted = address.toLowerCase();
  return (await receivedMail()).filter((mail) => mail.envelopeTo.some((to) => to.toLowerCase() === wanted));
}

/** The links of a mail's text part, in order: the ones a reader would follow. */
export function linksIn(mail: ReceivedMail): string[] {
  return [...mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);
}
