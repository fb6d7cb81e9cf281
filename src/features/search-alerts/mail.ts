import { composeMail, type ComposedMail } from "@/features/mail/compose";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { SearchParams } from "@/features/search/schema";
import { POPULATION_BANDS } from "@/features/search/vocabulary";
import { formatInteger, pluralPl } from "@/lib/format";

// The e-mails of a search alert, from plain strings (composeMail escapes them).

/** A search in words, for people: "„bezdomność”, województwo śląskie"; "wszystkie praktyki" for none. */
export function searchDescription(params: SearchParams, categoryNames: Map<string, string>): string {
  const parts = [
    ...(params.q ? [`„${params.q}”`] : []),
    ...params.kategoria.map((slug) => `kategoria „${categoryNames.get(slug) ?? slug}”`),
    ...params.wojewodztwo.map((v) => `województwo ${VOIVODESHIPS[v].label}`),
    ...params.typ.map((t) => UNIT_TYPES[t].label),
    ...params.ludnosc.map((l) => `liczba mieszkańców ${POPULATION_BANDS.find((band) => band.slug === l)?.label ?? l}`),
    ...(params.od ? [`wprowadzone od ${params.od} r.`] : []),
    ...(params.do ? [`wprowadzone do ${params.do} r.`] : []),
    ...(params.wdrozone ? ["wdrożone w innych samorządach"] : []),
  ];
  return parts.length > 0 ? parts.join(", ") : "wszystkie praktyki";
}

export function alertConfirmationMail(alert: { description: string; frequencyLabel: string; confirmUrl: string; validHours: number }): ComposedMail {
  return composeMail({
    subject: `Potwierdź powiadomienia o praktykach: ${alert.description}`,
    paragraphs: [
      "Dzień dobry!",
      `W Banku Dobrych Praktyk zamówiono powiadomienia e-mail (${alert.frequencyLabel}) o nowych i zaktualizowanych praktykach wyszukiwania: ${alert.description}.`,
      `Aby je włączyć, otwórz link poniżej i potwierdź (link jest ważny ${alert.validHours} godziny i działa raz).`,
    ],
    action: { label: "Potwierdź powiadomienia", url: alert.confirmUrl },
    footer: "Dostajesz tę wiadomość, bo ten adres wpisano w formularzu „Obserwuj”. Jeśli to nie Ty, zignoruj ją: bez potwierdzenia nie wyślemy nic więcej, a adres usuniemy.",
  });
}

export type DigestPractice = { title: string; url: string };

export type Digest = {
  description: string;
  frequencyAdjective: string;
  practices: DigestPractice[];
  /** All matches in the window; more than `practices` when the list was cut. */
  total: number;
  searchUrl: string;
  unsubscribeUrl: string;
};

export function digestMail(digest: Digest): ComposedMail {
  const count = `${formatInteger(digest.total)} ${pluralPl(digest.total, "nowa lub zaktualizowana praktyka", "nowe lub zaktualizowane praktyki", "nowych lub zaktualizowanych praktyk")}`;
  const cut = digest.total > digest.practices.length ? [`Poniżej ${formatInteger(digest.practices.length)} ostatnio zmienionych; wszystkie są w wynikach wyszukiwania.`] : [];
  return composeMail({
    subject: `${count}: ${digest.description}`,
    paragraphs: ["Dzień dobry!", `Nowe lub zaktualizowane praktyki od poprzedniego powiadomienia (${formatInteger(digest.total)}) w wyszukiwaniu: ${digest.description}.`, ...cut],
    links: digest.practices.map((practice) => ({ label: practice.title, url: practice.url })),
    action: { label: "Wyniki wyszukiwania w Banku Dobrych Praktyk", url: digest.searchUrl },
    footer: `To ${digest.frequencyAdjective} powiadomienie, które zamówiono i potwierdzono na tym adresie. Aby wypisać się jednym kliknięciem: ${digest.unsubscribeUrl}`,
  });
}
