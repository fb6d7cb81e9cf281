import { beforeEach, describe, expect, it } from "vitest";
import { createTestCategory, createTestPractice } from "../../../tests/factories";
import { resetDatabase } from "../../../tests/db/reset";
import { listSimilarPractices, SIMILAR_LIMIT } from "./data";

beforeEach(resetDatabase);

const rural = { unitType: "GMINA_WIEJSKA", voivodeship: "SLASKIE", population: 8_240 } as const;

describe("Podobne praktyki", () => {
  it("ranks by category, title and summary, unit type, population band and region, and says why", async () => {
    const seniors = await createTestCategory("Seniorzy");
    const roads = await createTestCategory("Drogi");
    const practice = await createTestPractice({
      ...rural,
      title: "Klub seniora z zajęciami komputerowymi",
      summary: "Seniorzy z gminy uczą się obsługi komputera i bankowości internetowej.",
      categoryIds: [seniors.id],
    });
    const twin = await createTestPractice({
      ...rural,
      population: 7_900,
      title: "Klub seniora i zajęcia komputerowe w bibliotece",
      summary: "Seniorzy uczą się obsługi komputera.",
      categoryIds: [seniors.id],
    });
    const sameTopicElsewhere = await createTestPractice({
      unitType: "POWIAT",
      voivodeship: "POMORSKIE",
      population: 250_000,
      title: "Uniwersytet trzeciego wieku",
      summary: "Wykłady dla osób starszych.",
      categoryIds: [seniors.id],
    });
    const alsoListedThere = await createTestPractice({ ...rural, title: "Transport na zajęcia klubu seniora", categoryIds: [roads.id, seniors.id] });
    const otherTopic = await createTestPractice({ ...rural, title: "Klub seniora na drodze", categoryIds: [roads.id] });
    const draft = await createTestPractice({ ...rural, title: "Klub seniora z zajęciami komputerowymi (szkic)", categoryIds: [seniors.id], status: "DRAFT" });

    // Three share the category: too few, so the others follow them.
    const fewInCategory = (await listSimilarPractices(practice.id)).map((entry) => entry.id);
    expect(fewInCategory.slice(0, 3)).toEqual(expect.arrayContaining([twin.id, sameTopicElsewhere.id, alsoListedThere.id]));
    expect(fewInCategory.slice(3)).toEqual([otherTopic.id]);

    const fourth = await createTestPractice({ ...rural, title: "Kawiarenka internetowa dla starszych", categoryIds: [seniors.id] });
    const similar = await listSimilarPractices(practice.id);
    const ids = similar.map((entry) => entry.id);
    expect(ids[0]).toBe(twin.id);
    expect(ids.sort()).toEqual([twin.id, sameTopicElsewhere.id, alsoListedThere.id, fourth.id].sort());
    expect(ids).not.toContain(practice.id);
    expect(ids).not.toContain(draft.id);
    expect(similar[0]).toMatchObject({ slug: twin.slug, title: twin.title, likeness: { sameCategory: true, similarText: true, sameUnitType: true, sameBand: true, sameRegion: true } });
    expect(similar.find((entry) => entry.id === sameTopicElsewhere.id)?.likeness).toMatchObject({ sameUnitType: false, sameBand: false, sameRegion: false });
  });

  it("lists at most six, and nothing for a practice that is not published", async () => {
    const category = await createTestCategory();
    const practices = [];
    for (let i = 0; i < SIMILAR_LIMIT + 2; i++) practices.push(await createTestPractice({ categoryIds: [category.id] }));
    expect(await listSimilarPractices(practices[0]!.id)).toHaveLength(SIMILAR_LIMIT);
    const draft = await createTestPractice({ categoryIds: [category.id], status: "DRAFT" });
    expect(await listSimilarPractices(draft.id)).toEqual([]);
  });
});
