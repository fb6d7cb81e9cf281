import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomXml, tagUri, type AtomFeed } from "./atom";
import { xmlText } from "./xml";

const FEED: AtomFeed = {
  id: "tag:bdp.example.pl,2008:kanaly/praktyki",
  title: "Bank Dobrych Praktyk: „nowe” & <zaktualizowane>",
  subtitle: "Praktyki",
  selfUrl: "https://bdp.example.pl/kanaly/praktyki.xml",
  pageUrl: "https://bdp.example.pl/?a=1&b=2",
  author: { name: "Bank Dobrych Praktyk", uri: "https://bdp.example.pl/" },
  fallbackUpdated: new Date("2026-01-01T00:00:00Z"),
  entries: [
    {
      id: "tag:bdp.example.pl,2008:praktyki/1",
      title: 'Tytuł </title><script>alert("x")</script>\u0000\u0007 z błędem',
      url: "https://bdp.example.pl/praktyki/a",
      published: new Date("2012-03-15T00:00:00Z"),
      updated: new Date("2026-02-03T10:00:00Z"),
      author: "Urząd Miasta Łodzi",
      summary: "Skrót ' \" & \ud800 sam",
      categories: [{ term: "kultura", label: "Kultura & sztuka", scheme: "https://bdp.example.pl/kategorie/" }],
    },
  ],
};

describe("atomXml", () => {
  it("is well-formed XML with the elements Atom requires, whatever the text holds", () => {
    const xml = atomXml(FEED);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const feed = parsed.feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.title["#text"]).toBe("Bank Dobrych Praktyk: „nowe” & <zaktualizowane>");
    expect(feed.updated).toBe("2026-02-03T10:00:00.000Z");
    expect(feed.entry.title["#text"]).toBe('Tytuł </title><script>alert("x")</script> z błędem');
    expect(feed.entry.summary["#text"]).toBe("Skrót ' \" &  sam");
  });

  it("dates an empty feed by its fallback", () => {
    const xml = atomXml({ ...FEED, entries: [] });
    expect(new XMLParser().parse(xml).feed.updated).toBe("2026-01-01T00:00:00.000Z");
  });
});

describe("xmlText", () => {
  it("drops characters XML forbids but keeps paired surrogates (emoji)", () => {
    expect(xmlText("a\u0000b\u001fc\ufffe😀\ud800")).toBe("abc😀");
  });
});

describe("tagUri", () => {
  it("names the host without port", () => {
    expect(tagUri("http://localhost:3202", "praktyki/7")).toBe("tag:localhost,2008:praktyki/7");
  });
});
