import { storedFiguresOf } from "@/features/practice/snapshot";
import { FUNDING_SOURCES, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { FundingSource, UnitType, Voivodeship } from "@/generated/prisma/enums";
import { foldDiacritics, termsOf, words } from "./analyze";

// What of a practice is searchable, and with which weight.

export type SearchablePractice = {
  id: number;
  title: string;
  summary: string;
  body: string;
  locality: string;
  postOffice: string;
  implementingUnit: string;
  street: string | null;
  unitType: UnitType;
  voivodeship: Voivodeship;
  categoryNames: string[];
  results: string;
  /** JSON as stored (practice.result_figures). */
  resultFigures: unknown;
  partners: string;
  transferPotential: string;
  fundingSources: FundingSource[];
  fundingProgramme: string | null;
  /** The extracted text of the practice's attachments, in their order (features/attachments/text-job.ts). */
  attachmentText: string;
};

/**
 * The text of "Pełna prezentacja": the body and the details shown under it (results and their
 * figures, partners, potential for transfer). They weigh as the body (C): they are prose about the
 * practice, read on the same page. Funding and programme are labels of the metadata (D).
 */
function presentationText(practice: SearchablePractice): string {
  const figures = storedFiguresOf(practice.resultFigures).map((figure) => figure.label);
  return [practice.body, practice.results, ...figures, practice.partners, practice.transferPotential].join("\n\n");
}

export type SearchDocument = { title: string; summary: string; body: string; metadata: string; attachments: string };

/**
 * How much attachment text one practice indexes: its tsvector must stay far below PostgreSQL's
 * 1 MB, and a reindex holds the texts of a chunk of practices at once (mutations.ts).
 */
export const ATTACHMENT_INDEX_MAX_CHARS = 100_000;

export function searchDocumentOf(practice: SearchablePractice): SearchDocument {
  const metadata = [
    practice.locality,
    practice.postOffice,
    practice.implementingUnit,
    practice.street ?? "",
    VOIVODESHIPS[practice.voivodeship].label,
    UNIT_TYPES[practice.unitType].description,
    ...practice.categoryNames,
    ...practice.fundingSources.map((source) => FUNDING_SOURCES[source].label),
    practice.fundingProgramme ?? "",
  ].join(" ");
  return {
    title: termsOf(practice.title).join(" "),
    summary: termsOf(practice.summary).join(" "),
    body: termsOf(presentationText(practice)).join(" "),
    metadata: termsOf(metadata).join(" "),
    // Weight D, as the metadata: below the full presentation (mutations.ts, search_tier in SQL).
    attachments: termsOf(practice.attachmentText.slice(0, ATTACHMENT_INDEX_MAX_CHARS)).join(" "),
  };
}

const MIN_SUGGESTION_LENGTH = 4;

/**
 * Distinct words worth suggesting: folded form → the form as written. Not from attachments: their
 * text is not edited by the bank (scans, tables, other people's typos), so it would teach the
 * spelling fallback words nobody should be corrected to.
 */
export function vocabularyOf(practice: SearchablePractice): Map<string, string> {
  const vocabulary = new Map<string, string>();
  for (const word of words(`${practice.title} ${practice.summary} ${presentationText(practice)}`)) {
    if (word.length < MIN_SUGGESTION_LENGTH || /\d/.test(word)) continue;
    const term = foldDiacritics(word);
    if (!vocabulary.has(term)) vocabulary.set(term, word);
  }
  return vocabulary;
}
