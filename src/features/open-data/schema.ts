import { z } from "zod";
import { ALL_FUNDING_SOURCES, FUNDING_SOURCES } from "@/features/practice/vocabulary";
import { SEARCH_API_PARAMETERS as PARAMETERS } from "./query-schema";

// The JSON of the open-data API, as zod schemas: the handlers' return types come from them and
// the OpenAPI document (openapi.ts) is generated from them, so the document cannot drift from
// what the handlers send. Field names are Polish, like the query parameters, and stable: add
// fields, never rename or remove them. Dates are ISO 8601: calendar dates as YYYY-MM-DD, moments
// in UTC.

export const apiSchemas = z.registry<{ id: string; description?: string }>();

const date = z.iso.date().describe("Data kalendarzowa (RRRR-MM-DD).");
const moment = z.iso.datetime().describe("Chwila w UTC (ISO 8601).");
const url = z.url().describe("Adres bezwzględny.");

export const termSchema = z
  .object({ slug: z.string().describe("Wartość w adresach i parametrach."), nazwa: z.string().describe("Nazwa po polsku.") })
  .register(apiSchemas, { id: "Pojecie", description: "Pozycja słownika: województwo, typ jednostki." });

export const categoryRefSchema = z
  .object({ slug: z.string(), nazwa: z.string(), url: url.describe("Strona kategorii.") })
  .register(apiSchemas, { id: "KategoriaPraktyki" });

export const attachmentSchema = z
  .object({
    id: z.int(),
    tytul: z.string(),
    nazwaPliku: z.string(),
    typMime: z.string(),
    rozmiar: z.int().min(0).describe("Rozmiar w bajtach."),
    url: url.describe("Adres pobrania pliku."),
  })
  .register(apiSchemas, { id: "Zalacznik" });

export const contactSchema = z
  .object({
    imieINazwisko: z.string(),
    funkcja: z.string().nullable(),
    telefon: z.string().nullable(),
    email: z.string().nullable().describe("Adres e-mail; null, gdy osoba go nie podała albo nie chce, by był publiczny."),
  })
  .register(apiSchemas, { id: "Kontakt" });

export const resultFigureSchema = z
  .object({ wartosc: z.number().min(0), opis: z.string().describe("Czego dotyczy liczba, np. „osób podjęło pracę”.") })
  .register(apiSchemas, { id: "RezultatLiczbowy", description: "Rezultat praktyki wyrażony liczbą." });

/** The record's structured details; every one may be empty (records from before them have none). */
const detailsFields = {
  okresOd: date.nullable().describe("Początek realizacji."),
  okresDo: date.nullable().describe("Koniec realizacji; null, gdy nieznany albo praktyka trwa."),
  trwa: z.boolean().describe("Czy praktyka trwa (nie została zakończona)."),
  rezultaty: z.string().describe("Rezultaty i wpływ w Markdown (pusty tekst, gdy nie podano)."),
  rezultatyLiczby: z.array(resultFigureSchema),
  kosztCalkowityPln: z.int().min(0).nullable().describe("Koszt całkowity w pełnych złotych."),
  zrodlaFinansowania: z.array(z.enum(ALL_FUNDING_SOURCES.map((source) => FUNDING_SOURCES[source].slug) as [string, ...string[]])).describe(
    `Źródła finansowania: ${ALL_FUNDING_SOURCES.map((source) => `\`${FUNDING_SOURCES[source].slug}\` (${FUNDING_SOURCES[source].label})`).join(", ")}.`,
  ),
  programFinansowania: z.string().nullable().describe("Program i działanie, np. „PO KL, Poddziałanie 7.1.1”."),
  partnerzy: z.string(),
  mozliwoscPrzeniesienia: z.string().describe("Czego potrzebuje inna jednostka, by powtórzyć praktykę."),
  celeZrownowazonegoRozwoju: z.array(z.int().min(1).max(17)).describe("Numery celów zrównoważonego rozwoju ONZ (1–17)."),
  kontaktyZweryfikowano: date.nullable().describe("Dzień, w którym redakcja zweryfikowała dane kontaktowe."),
};

const practiceLinksSchema = z.object({
  strona: url.describe("Skrót i Metryka (strona HTML)."),
  prezentacja: url.describe("Pełna prezentacja (strona HTML)."),
  zalaczniki: url.describe("Załączniki (strona HTML)."),
  api: url.describe("Pełny rekord w API."),
});

const practiceFields = {
  slug: z.string(),
  tytul: z.string(),
  skrot: z.string().describe("Skrót praktyki (tekst, akapity rozdziela pusty wiersz)."),
  miejscowosc: z.string(),
  wojewodztwo: termSchema,
  typJednostki: termSchema,
  kategoria: categoryRefSchema.describe("Kategoria główna."),
  dataWprowadzenia: date.describe("Data wprowadzenia do Banku Dobrych Praktyk."),
  dataAktualizacji: date.describe("Data aktualizacji (ostatnia opublikowana zmiana opisu)."),
  zmieniono: moment.describe("Ostatni zapis rekordu w bazie (do synchronizacji)."),
  zalaczniki: z.array(attachmentSchema),
  liczbaWdrozen: z.int().min(0).describe("Zatwierdzone zgłoszenia wdrożenia praktyki w innych samorządach („Wdrożyliśmy to u siebie”)."),
  linki: practiceLinksSchema,
};

export const adoptionSchema = z
  .object({
    jednostka: z.string().describe("Nazwa jednostki, która powtórzyła praktykę."),
    typ: termSchema.describe("Typ jednostki."),
    wojewodztwo: termSchema,
    rok: z.int().describe("Rok wdrożenia."),
    zmiany: z.string().describe("Co zmieniono, powtarzając praktykę (może być puste)."),
  })
  .register(apiSchemas, { id: "Wdrozenie", description: "Zatwierdzone zgłoszenie „Wdrożyliśmy to u siebie”." });

export const practiceListItemSchema = z
  .object(practiceFields)
  .register(apiSchemas, { id: "PraktykaNaLiscie", description: "Praktyka w wynikach wyszukiwania." });

export const practiceSchema = z
  .object({
    ...practiceFields,
    pelnaPrezentacja: z.string().describe("Pełna prezentacja w Markdown (surowy HTML nie jest częścią opisu)."),
    kategorie: z.array(categoryRefSchema).describe("Wszystkie kategorie praktyki, główna pierwsza."),
    jednostka: z.object({
      nazwa: z.string().describe("Jednostka wdrażająca."),
      ulica: z.string().nullable(),
      kodPocztowy: z.string(),
      poczta: z.string(),
      witryna: z.string().nullable(),
      liczbaMieszkancow: z.int().nullable(),
    }),
    kontakty: z.array(contactSchema),
    ...detailsFields,
    wdrozenia: z.array(adoptionSchema).describe("Wdrożenia w innych samorządach, od najnowszego roku."),
  })
  .register(apiSchemas, { id: "Praktyka", description: "Pełny rekord praktyki." });

const countsSchema = z.record(z.string(), z.int().min(0));

export const searchResultSchema = z
  .object({
    parametry: z
      .object({
        q: z.string(),
        wojewodztwo: z.array(PARAMETERS.wojewodztwo.value),
        typ: z.array(PARAMETERS.typ.value),
        kategoria: z.array(PARAMETERS.kategoria.value),
        ludnosc: z.array(PARAMETERS.ludnosc.value),
        od: PARAMETERS.od.value.nullable(),
        do: PARAMETERS.do.value.nullable(),
        sort: PARAMETERS.sort.value,
        wdrozone: z.boolean().describe("Czy tylko praktyki wdrożone w innych samorządach (`wdrozone=tak`)."),
        strona: PARAMETERS.strona.value,
      })
      .describe("Parametry wyszukiwania po odczytaniu (z wartościami domyślnymi)."),
    slowa: z.string().describe("Słowa, których wyniki pokazano: `q` albo jego poprawiona pisownia."),
    poprawiono: z.boolean().describe("Czy `slowa` to poprawiona pisownia `q`, bo `q` nic nie znalazło."),
    czescSlow: z.boolean().describe("Czy wyniki zawierają tylko część słów `q`, bo żadna praktyka nie zawiera wszystkich."),
    uwzglednionoTez: z
      .array(z.string())
      .describe("Słowa i skróty dodane do wyszukiwania z tezaurusa (synonimy, rozwinięcia skrótów); ich wyniki idą po wynikach słów `q`. Na stronie: „Uwzględniono też”."),
    liczbaWynikow: z.int().min(0),
    strona: z.int().min(1),
    liczbaStron: z.int().min(1),
    naStronie: z.int().min(1),
    wyniki: z.array(practiceListItemSchema),
    fasety: z
      .object({ wojewodztwo: countsSchema, typ: countsSchema, kategoria: countsSchema, ludnosc: countsSchema })
      .describe("Liczby praktyk dla każdej wartości filtra przy pozostałych filtrach (klucze jak w parametrach)."),
    linki: z.object({
      self: url,
      pierwsza: url,
      poprzednia: url.nullable(),
      nastepna: url.nullable(),
      ostatnia: url,
      html: url.describe("Te same wyniki na stronie /szukaj."),
      csv: url.describe("Wszystkie wyniki tego wyszukiwania w CSV."),
    }),
  })
  .register(apiSchemas, { id: "WynikiWyszukiwania" });

export const categoryNodeSchema = z.object({
    slug: z.string(),
    nazwa: z.string(),
    opis: z.string().nullable(),
    liczbaPraktyk: z.int().min(0).describe("Opublikowane praktyki w kategorii i jej podkategoriach, każda liczona raz."),
    url: url.describe("Strona kategorii."),
    praktyki: url.describe("Praktyki kategorii w API."),
    kanal: url.describe("Kanał Atom kategorii."),
    get podkategorie() {
      return z.array(categoryNodeSchema);
    },
  });
apiSchemas.add(categoryNodeSchema, { id: "Kategoria" });

export const categoryTreeSchema = z
  .object({ kategorie: z.array(categoryNodeSchema) })
  .register(apiSchemas, { id: "DrzewoKategorii" });

export const problemSchema = z
  .object({
    type: z.string().describe("Adres (URI) rodzaju problemu."),
    title: z.string().describe("Krótki opis rodzaju problemu."),
    status: z.int().describe("Kod HTTP."),
    detail: z.string().describe("Opis tego wystąpienia problemu."),
    instance: z.string().describe("Adres żądania, którego dotyczy."),
    "invalid-params": z
      .array(z.object({ name: z.string(), reason: z.string() }))
      .optional()
      .describe("Błędne parametry i powód (dla 400)."),
  })
  .register(apiSchemas, { id: "Problem", description: "Opis błędu według RFC 9457 (application/problem+json)." });

export type PracticeListItemJson = z.infer<typeof practiceListItemSchema>;
export type PracticeJson = z.infer<typeof practiceSchema>;
export type SearchResultJson = z.infer<typeof searchResultSchema>;
export type CategoryNodeJson = z.infer<typeof categoryNodeSchema>;
export type CategoryTreeJson = z.infer<typeof categoryTreeSchema>;
export type ProblemJson = z.infer<typeof problemSchema>;
