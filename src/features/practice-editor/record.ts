import type { PracticeInput } from "./schema";

// Between the form's parsed input and the practice table.

/** Today in Poland as a calendar date (stored as UTC midnight, like every date of the record). */
export function warsawToday(now = new Date()): Date {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${day}T00:00:00Z`);
}

/** The practice table's columns that come from the form. */
export function columnsOf(input: PracticeInput) {
  return {
    title: input.title,
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    unitType: input.unitType,
    locality: input.locality,
    voivodeship: input.voivodeship,
    postalCode: input.postalCode,
    postOffice: input.postOffice,
    implementingUnit: input.implementingUnit,
    street: input.street,
    website: input.website,
    population: input.population,
    primaryCategoryId: input.primaryCategoryId,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    ongoing: input.ongoing,
    results: input.results,
    resultFigures: input.resultFigures,
    totalCostPln: input.totalCostPln,
    fundingSources: input.fundingSources,
    fundingProgramme: input.fundingProgramme,
    partners: input.partners,
    transferPotential: input.transferPotential,
    sdgGoals: input.sdgGoals,
  };
}

export function contactRowsOf(input: Pick<PracticeInput, "contacts">) {
  return input.contacts.map((contact, position) => ({ ...contact, position }));
}

export function categoryRowsOf(input: Pick<PracticeInput, "primaryCategoryId" | "categoryIds">) {
  return [...new Set([input.primaryCategoryId, ...input.categoryIds])].map((categoryId) => ({ categoryId }));
}
