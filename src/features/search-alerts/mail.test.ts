import { describe, expect, it } from "vitest";
import { searchParamsSchema } from "@/features/search/schema";
import { digestMail, searchDescription } from "./mail";

const digest = {
  description: "„bezdomność”, województwo śląskie",
  frequencyAdjective: "tygodniowe",
  practices: [
    { title: "Noclegownia <dla> bezdomnych w Zabrzu", url: "https://bdp.example.pl/praktyki/noclegownia" },
    { title: "Streetworking", url: "https://bdp.example.pl/praktyki/streetworking" },
  ],
  total: 2,
  searchUrl: "https://bdp.example.pl/szukaj?q=bezdomno%C5%9B%C4%87&wojewodztwo=slaskie",
  unsubscribeUrl: "https://bdp.example.pl/obserwuj/wypisz/abc",
};

describe("the digest e-mail", () => {
  it("lists every practice with its link, the search and the unsubscribe link", () => {
    const mail = digestMail(digest);
    expect(mail.subject).toBe("2 nowe lub zaktualizowane praktyki: „bezdomność”, województwo śląskie");
    expect(mail.text).toContain("- Noclegownia <dla> bezdomnych w Zabrzu\n  https://bdp.example.pl/praktyki/noclegownia");
    expect(mail.text).toContain("- Streetworking\n  https://bdp.example.pl/praktyki/streetworking");
    expect(mail.text).toContain(digest.searchUrl);
    expect(mail.text).toContain(digest.unsubscribeUrl);
    expect(mail.html).toContain('<li><a href="https://bdp.example.pl/praktyki/noclegownia">Noclegownia &lt;dla&gt; bezdomnych w Zabrzu</a></li>');
    expect(mail.html).not.toContain("<dla>");
  });

  it("says when the list was cut", () => {
    const mail = digestMail({ ...digest, total: 25 });
    expect(mail.subject).toMatch(/^25 nowych lub zaktualizowanych praktyk:/);
    expect(mail.text).toContain("Poniżej 2 ostatnio zmienionych");
  });

  it("uses the singular for one practice", () => {
    expect(digestMail({ ...digest, practices: digest.practices.slice(0, 1), total: 1 }).subject).toMatch(/^1 nowa lub zaktualizowana praktyka:/);
  });
});

describe("a search in words", () => {
  it("names the words and every filter in Polish", () => {
    const params = searchParamsSchema.parse({ q: "bezdomność", wojewodztwo: "slaskie", kategoria: "pomoc-spoleczna", od: "2015" });
    expect(searchDescription(params, new Map([["pomoc-spoleczna", "Pomoc społeczna"]]))).toBe(
      "„bezdomność”, kategoria „Pomoc społeczna”, województwo śląskie, wprowadzone od 2015 r.",
    );
  });

  it("is every practice without conditions", () => {
    expect(searchDescription(searchParamsSchema.parse({}), new Map())).toBe("wszystkie praktyki");
  });
});
