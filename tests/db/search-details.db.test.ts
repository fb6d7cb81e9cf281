import { beforeEach, describe, expect, it } from "vitest";
import { runSearch } from "../../src/features/search/run-search";
import { searchParamsSchema } from "../../src/features/search/schema";
import { createTestPractice } from "../factories";
import { resetDatabase } from "./reset";

// The record's details are searchable: results, partners and transfer as the full presentation
// (weight C), funding sources and programme as the metadata (D).

beforeEach(resetDatabase);

const ids = async (q: string) => (await runSearch(searchParamsSchema.parse({ q }))).results.map((result) => result.id);

describe("search by the record's details", () => {
  it("finds a practice by a word only its results, figures, partners, transfer or programme contain", async () => {
    const practice = await createTestPractice({
      details: {
        results: "Powstała spółdzielnia socjalna.",
        resultFigures: [{ value: 97, label: "absolwentów kursu spawacza" }],
        partners: "Stowarzyszenie Hospicjum Cordis",
        transferPotential: "Potrzebny jest koordynator wolontariuszy.",
        fundingSources: ["NMF_EOG"],
        fundingProgramme: "Poddziałanie 7.1.1",
      },
    });
    await createTestPractice();
    for (const q of ["spółdzielnia", "spawacza", "hospicjum", "wolontariuszy", "Poddziałanie", "norweski"]) {
      expect(await ids(q), q).toEqual([practice.id]);
    }
  });

  it("ranks a match in the title above one in the partners", async () => {
    const byPartners = await createTestPractice({ details: { partners: "Fundacja Szachowa Hetman" } });
    const byTitle = await createTestPractice({ title: `Szachowa liga szkół w gminie ${Date.now()}` });
    expect(await ids("szachowa")).toEqual([byTitle.id, byPartners.id]);
  });
});
