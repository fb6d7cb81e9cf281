import type { Locator } from "@playwright/test";
import { parseFigure, SitePage } from "./SitePage";

export type RegionCounts = Record<string, number>;

/** /mapa: the voivodeships as links on a map, the same figures in a table, and a filter form. */
export class MapPage extends SitePage {
  async open(query = ""): Promise<void> {
    await this.page.goto(`/mapa${query}`);
  }

  get table(): Locator {
    return this.main.getByRole("table", { name: /Liczba praktyk w województwach/ });
  }

  get map(): Locator {
    return this.main.getByRole("group", { name: /Mapa Polski/ });
  }

  /** A region of the map: its accessible name is "<voivodeship>: <N> praktyk(a/i)". */
  region(voivodeship: string): Locator {
    return this.map.getByRole("link", { name: new RegExp(`^${voivodeship}: \\d`) });
  }

  get regions(): Locator {
    return this.map.getByRole("link");
  }

  /** Voivodeship → count, read from the table's body rows. */
  async tableCounts(): Promise<RegionCounts> {
    const rows = await this.table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector("th")?.textContent?.trim() ?? "", tr.querySelector("td")?.textContent ?? ""] as const),
    );
    return Object.fromEntries(rows.map(([name, count]) => [name, parseFigure(count)]));
  }

  async tableTotal(): Promise<number> {
    return parseFigure(await this.table.locator("tfoot td").innerText());
  }

  async choose(label: "Kategoria" | "Typ jednostki" | "Liczba mieszkańców", option: string): Promise<void> {
    await this.main.getByLabel(label).selectOption({ label: option });
  }

  get submit(): Locator {
    return this.main.getByRole("button", { name: "Pokaż na mapie" });
  }
}

/** The voivodeship facet of /szukaj, "śląskie (12)", as voivodeship → count (folded values too). */
export async function searchFacetCounts(page: import("@playwright/test").Page, query: string): Promise<RegionCounts> {
  await page.goto(`/szukaj${query}`);
  const labels = await page.getByRole("group", { name: "Województwo" }).locator("label").allTextContents();
  return Object.fromEntries(
    labels.map((label) => {
      const match = /^(.+) \(([\d\s\u00a0]+)\)$/.exec(label.trim());
      if (!match) throw new Error(`Unexpected facet label "${label}"`);
      return [match[1]!, parseFigure(match[2]!)];
    }),
  );
}
