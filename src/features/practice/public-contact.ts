/**
 * A contact as the public may see it (page, JSON-LD, print, API): without the address its person
 * chose to hide. Readers reach that person through "Napisz do autora".
 */
export function publicContact<T extends { email: string | null; emailPublic: boolean }>(contact: T): T {
  return contact.emailPublic ? contact : { ...contact, email: null };
}
