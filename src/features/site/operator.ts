// Who runs this copy of the bank, in one place: the about page, the privacy policy and the
// accessibility statement read it from here. The contact details below are PLACEHOLDERS to be
// replaced by the operator's real ones before the site goes public.

export const SITE_OPERATOR = {
  /** The organisation responsible for the site and its content. */
  name: "Redakcja Banku Dobrych Praktyk",
  address: "ul. Przykładowa 1, 00-001 Warszawa",
  email: "redakcja@bdp.example.pl",
  phone: "22 123 45 67",
  /** The person the accessibility statement names for requests and complaints. */
  accessibilityContact: {
    name: "Anna Nowak",
    email: "dostepnosc@bdp.example.pl",
    phone: "22 123 45 68",
  },
  siteName: "Bank Dobrych Praktyk",
} as const;

/** Dates of the accessibility statement, "YYYY-MM-DD": update them whenever the statement is reviewed. */
export const ACCESSIBILITY_STATEMENT_DATES = {
  /** "Data publikacji strony internetowej". */
  sitePublished: "2026-11-23",
  /** "Data ostatniej istotnej aktualizacji". */
  siteUpdated: "2026-11-23",
  /** "Deklarację sporządzono dnia". */
  statementPrepared: "2026-11-23",
  /** "Deklaracja została ostatnio poddana przeglądowi i aktualizacji dnia". */
  statementReviewed: "2026-11-23",
} as const;

/**
 * When the text of the other fixed pages last changed, "YYYY-MM-DD": their date in the sitemap
 * (the privacy policy also shows it). Update the date with the page.
 */
export const PAGE_CONTENT_DATES = {
  about: "2026-11-23",
  privacyPolicy: "2026-12-03",
} as const;
