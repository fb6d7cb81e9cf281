import "server-only";
import { fundingSourcesText } from "@/features/practice/details-text";
import { storedFiguresOf } from "@/features/practice/snapshot";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { searchAllPracticeIds } from "@/features/search/run-search";
import { searchParamsSchema, searchQueryString } from "@/features/search/schema";
import { formatIsoDate } from "@/lib/format";
import { absoluteUrl } from "@/lib/public-url";
import { queryObject } from "@/lib/search-params";
import { csvRow, UTF8_BOM, type CsvCell } from "./csv";
import { getCatalogueVersion, getExportRecords, type ExportRecord } from "./data";
import { cacheableResponse, etagOf, isNotModified, notModifiedResponse } from "./http-cache";
import { paths } from "./paths";

// /szukaj.csv: every result of a search as the page /szukaj reads it (the same lenient parameters:
// it is linked from that page), in the page's order. Streamed in batches: only the ids of the
// matches are held, so 100,000 rows never sit in memory.

/** Far more than the bank holds; a bound on the ids held in memory for one export. */
export const MAX_EXPORT_ROWS = 200_000;
const BATCH = 500;
const CACHE_CONTROL = "public, max-age=60";
// Part of the ETag: a change of columns is a new version of every export.
const FORMAT_VERSION = "csv-2";

const COLUMNS: [string, (record: ExportRecord) => CsvCell][] = [
  ["Identyfikator", (r) => r.slug],
  ["Tytuł", (r) => r.title],
  ["Skrót", (r) => r.summary],
  ["Miejscowość", (r) => r.locality],
  ["Województwo", (r) => VOIVODESHIPS[r.voivodeship].label],
  ["Typ jednostki", (r) => UNIT_TYPES[r.unitType].description],
  ["Jednostka wdrażająca", (r) => r.implementingUnit],
  ["Ulica", (r) => r.street],
  ["Kod pocztowy", (r) => r.postalCode],
  ["Poczta", (r) => r.postOffice],
  ["Liczba mieszkańców", (r) => r.population],
  ["Witryna internetowa", (r) => r.website],
  ["Kategoria główna", (r) => r.categories.find((link) => link.category.id === r.primaryCategoryId)?.category.name ?? null],
  ["Kategorie", (r) => r.categories.map((link) => link.category.name).sort((a, b) => a.localeCompare(b, "pl")).join("; ")],
  ["Data wprowadzenia do BDP", (r) => formatIsoDate(r.enteredOn)],
  ["Data aktualizacji", (r) => formatIsoDate(r.revisedOn)],
  ["Liczba załączników", (r) => r._count.attachments],
  ["Adres strony", (r) => absoluteUrl(paths.practice(r.slug))],
  // The record's details, added after the columns above so that their positions stay.
  ["Okres od", (r) => r.periodStart && formatIsoDate(r.periodStart)],
  ["Okres do", (r) => r.periodEnd && formatIsoDate(r.periodEnd)],
  ["Trwa", (r) => (r.ongoing ? "tak" : "nie")],
  ["Rezultaty i wpływ", (r) => r.results],
  ["Rezultaty w liczbach", (r) => storedFiguresOf(r.resultFigures).map((figure) => `${figure.value} ${figure.label}`).join("; ")],
  ["Koszt całkowity (zł)", (r) => r.totalCostPln],
  ["Źródła finansowania", (r) => fundingSourcesText(r.fundingSources)],
  ["Program i działanie", (r) => r.fundingProgramme],
  ["Partnerzy", (r) => r.partners],
  ["Możliwość przeniesienia", (r) => r.transferPotential],
  ["Cele zrównoważonego rozwoju", (r) => r.sdgGoals.join("; ")],
  ["Dane kontaktowe zweryfikowano", (r) => r.contactsVerifiedOn && formatIsoDate(r.contactsVerifiedOn)],
];

export const CSV_HEADER = COLUMNS.map(([name]) => name);

export function exportRow(record: ExportRecord): string {
  return csvRow(COLUMNS.map(([, value]) => value(record)));
}

/** The rows of `ids`, read and encoded one batch at a time, as the client takes them. */
export function csvStream(ids: number[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(UTF8_BOM + csvRow(CSV_HEADER)));
      },
      async pull(controller) {
        if (next >= ids.length) {
          controller.close();
          return;
        }
        const batch = ids.slice(next, next + BATCH);
        next += BATCH;
        const records = await getExportRecords(batch);
        controller.enqueue(encoder.encode(records.map(exportRow).join("")));
      },
    },
    // One batch ahead at most.
    { highWaterMark: 1 },
  );
}

export async function searchCsvResponse(request: Request): Promise<Response> {
  const params = searchParamsSchema.parse(queryObject(new URL(request.url).searchParams));
  const query = searchQueryString(params, { strona: 1 });
  const version = await getCatalogueVersion();
  const validators = {
    etag: etagOf(FORMAT_VERSION, query, version.fingerprint, version.lastModified?.toISOString() ?? ""),
    lastModified: version.lastModified,
  };
  // Decided before searching: a client holding this version costs three index reads.
  if (isNotModified(request, validators)) return notModifiedResponse(validators, CACHE_CONTROL);
  const matches = await searchAllPracticeIds(params, MAX_EXPORT_ROWS);
  const fileName = `bdp-praktyki-${formatIsoDate(new Date())}.csv`;
  return cacheableResponse(request, csvStream(matches.ids), validators, {
    contentType: "text/csv; charset=utf-8; header=present",
    cacheControl: CACHE_CONTROL,
    headers: {
      "content-disposition": `attachment; filename="${fileName}"`,
      "content-language": "pl",
      // Where the rows end: programs can tell a complete file from a cut one.
      "x-total-count": String(matches.ids.length),
      link: `<${absoluteUrl(paths.search(query))}>; rel="alternate"; type="text/html"`,
    },
  });
}
