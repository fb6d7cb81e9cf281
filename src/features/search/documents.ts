import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { UnitType, Voivodeship } from "@/generated/prisma/enums";
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
};

export type SearchDocument = { title: string; summary: string; body: string; metadata: string };

export function searchDocumentOf(practice: SearchablePractice): SearchDocument {
  const metadata = [
    practice.locality,
    practice.postOffice,
    practice.implementingUnit,
    practice.street ?? "",
    VOIVODESHIPS[practice.voivodeship].label,
    UNIT_TYPES[practice.unitType].description,
    ...practice.categoryNames,
  ].join(" ");
  return {
    title: termsOf(practice.title).join(" "),
    summary: termsOf(practice.summary).join(" "),
    body: termsOf(practice.body).join(" "),
    metadata: termsOf(metadata).join(" "),
  };
}

const MIN_SUGGESTION_LENGTH = 4;

/** Distinct words worth suggesting: folded form → the form as written. */
export function vocabularyOf(practice: SearchablePractice): Map<string, string> {
  const vocabulary = new Map<string, string>();
  for (const word of words(`${practice.title} ${practice.summary} ${practice.body}`)) {
    if (word.length < MIN_SUGGESTION_LENGTH || /\d/.test(word)) continue;
    const term = foldDiacritics(word);
    if (!vocabulary.has(term)) vocabulary.set(term, word);
  }
  return vocabulary;
}
