import { diffLines, diffWordsWithSpace } from "diff";
import type { PracticeSnapshot } from "@/features/practice/snapshot";
import { FUNDING_SOURCES, SDG_GOAL_NAMES, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { STATUS_LABELS } from "./status";

// Field-by-field comparison of two versions of a practice, for the history page, the audit log
// and conflict messages.

export type ComparedField = keyof Omit<PracticeSnapshot, "enteredOn" | "revisedOn">;

export const FIELD_LABELS: Record<ComparedField, string> = {
  title: "Tytuł",
  slug: "Adres strony",
  status: "Stan",
  summary: "Skrót",
  body: "Pełna prezentacja",
  categoryIds: "Kategorie",
  unitType: "Typ jednostki",
  locality: "Miejscowość",
  voivodeship: "Województwo",
  postalCode: "Kod pocztowy",
  postOffice: "Poczta",
  implementingUnit: "Jednostka wdrażająca",
  street: "Ulica",
  website: "Witryna internetowa",
  population: "Liczba mieszkańców",
  contacts: "Osoby kontaktowe",
  periodStart: "Początek realizacji",
  periodEnd: "Koniec realizacji",
  ongoing: "Trwa",
  results: "Rezultaty i wpływ",
  resultFigures: "Rezultaty w liczbach",
  totalCostPln: "Koszt całkowity (zł)",
  fundingSources: "Źródła finansowania",
  fundingProgramme: "Program i działanie",
  partners: "Partnerzy",
  transferPotential: "Możliwość przeniesienia",
  sdgGoals: "Cele zrównoważonego rozwoju",
};

/** Fields shown one value a line in a comparison. */
const MULTILINE_FIELDS: ComparedField[] = ["categoryIds", "contacts", "resultFigures", "fundingSources", "sdgGoals"];

const FIELDS = Object.keys(FIELD_LABELS) as ComparedField[];

/** Content fields: what restoring a version brings back (not its status). */
export const CONTENT_FIELDS = FIELDS.filter((field) => field !== "status");

export type Segment = { text: string; change: "added" | "removed" | "same" };

export type FieldChange = { field: ComparedField; label: string; before: string; after: string; segments: Segment[] };

type Names = { categoryName: (id: number) => string };

function display(snapshot: PracticeSnapshot, field: ComparedField, names: Names): string {
  switch (field) {
    case "status":
      return STATUS_LABELS[snapshot.status];
    case "unitType":
      return UNIT_TYPES[snapshot.unitType].label;
    case "voivodeship":
      return VOIVODESHIPS[snapshot.voivodeship].label;
    case "categoryIds":
      return snapshot.categoryIds.map((id, index) => `${names.categoryName(id)}${index === 0 ? " (główna)" : ""}`).join("\n");
    case "contacts":
      return snapshot.contacts
        .map((contact) =>
          [contact.name, contact.role, contact.phone && `tel. ${contact.phone}`, contact.email && `${contact.email}${contact.emailPublic ? "" : " (niepubliczny)"}`]
            .filter(Boolean)
            .join(", "),
        )
        .join("\n");
    case "population":
    case "totalCostPln":
      return snapshot[field] === null ? "" : String(snapshot[field]);
    case "ongoing":
      return snapshot.ongoing ? "tak" : "nie";
    case "resultFigures":
      return snapshot.resultFigures.map((figure) => `${figure.value} ${figure.label}`).join("\n");
    case "fundingSources":
      return snapshot.fundingSources.map((source) => FUNDING_SOURCES[source].label).join("\n");
    case "sdgGoals":
      return snapshot.sdgGoals.map((goal) => `${goal}. ${SDG_GOAL_NAMES[goal] ?? ""}`).join("\n");
    default:
      return snapshot[field] ?? "";
  }
}

/** The fields whose values differ (by value, not by display). */
export function changedFields(before: PracticeSnapshot, after: PracticeSnapshot, fields: ComparedField[] = FIELDS): ComparedField[] {
  return fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

function segmentsOf(before: string, after: string, multiline: boolean): Segment[] {
  if (!multiline) {
    return diffWordsWithSpace(before, after).map((part) => ({ text: part.value, change: part.added ? "added" : part.removed ? "removed" : "same" }));
  }
  // Every line ends with a newline, so an unchanged last line compares equal to itself.
  return diffLines(`${before}\n`, `${after}\n`).map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}

export function compareSnapshots(before: PracticeSnapshot, after: PracticeSnapshot, names: Names): FieldChange[] {
  return changedFields(before, after).map((field) => {
    const beforeText = display(before, field, names);
    const afterText = display(after, field, names);
    const multiline = MULTILINE_FIELDS.includes(field);
    return { field, label: FIELD_LABELS[field], before: beforeText, after: afterText, segments: segmentsOf(beforeText, afterText, multiline) };
  });
}
