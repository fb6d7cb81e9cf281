import { describe, expect, it } from "vitest";
import { buildJpeg, buildPng } from "../../../tests/fixtures/uploads/builders/images";
import { buildPdf } from "../../../tests/fixtures/uploads/builders/pdf";
import { inspectUpload } from "./inspect";

const reasonFor = (bytes: Buffer, name: string) => {
  const result = inspectUpload(bytes, name);
  return result.ok ? `accepted as ${result.format.name}` : result.reason;
};

describe("markup a browser would sniff", () => {
  it.each([
    "  <script>alert(1)</script>",
    "\ufeff<!DOCTYPE html><title>x</title>",
    "\r\n<HTML>",
    "<!-- komentarz --><p>tekst",
    "<meta charset=utf-8><script src=//x></script>",
    "<iframe src=/admin>",
  ])("refuses %j as a web page", (text) => {
    expect(reasonFor(Buffer.from(text), "raport.pdf")).toBe("Plik „raport.pdf” nie jest dokumentem PDF — to strona HTML.");
  });

  it("refuses SVG with or without an XML declaration", () => {
    expect(reasonFor(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), "logo.png")).toMatch(/to obraz SVG/);
    expect(reasonFor(Buffer.from('<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg onload="alert(1)">'), "logo.png")).toMatch(/to obraz SVG/);
  });
});

describe("polyglots", () => {
  const comment = (text: string) => {
    const body = Buffer.from(text, "latin1");
    const head = Buffer.from([0xff, 0xfe, 0, 0]);
    head.writeUInt16BE(body.length + 2, 2);
    return Buffer.concat([head, body]);
  };

  it("refuses a JPEG carrying a script in a comment segment", () => {
    const jpeg = buildJpeg();
    const polyglot = Buffer.concat([jpeg.subarray(0, 2), comment("<script>alert(1)</script>"), jpeg.subarray(2)]);
    expect(reasonFor(polyglot, "foto.jpg")).toMatch(/kod strony internetowej lub skrypt/);
  });

  it("refuses a PDF whose first object holds an HTML page", () => {
    expect(reasonFor(buildPdf({ afterHeader: "1 0 obj\n(<html><body onload=x>)\nendobj\n" }), "raport.pdf")).toMatch(/kod strony internetowej/);
  });

  it("accepts ordinary binary headers and office XML", () => {
    expect(reasonFor(buildPdf({ afterHeader: "<</Linearized 1>> <a1> <ABCDEF>\n" }), "raport.pdf")).toBe("accepted as PDF");
  });
});

describe("pathological structures are refused quickly", () => {
  it("a PNG of a million empty chunks", () => {
    const png = buildPng();
    const empty = Buffer.from([0, 0, 0, 0, 0x74, 0x45, 0x58, 0x74, 0, 0, 0, 0]);
    const chunks = Buffer.alloc(empty.length * 1_000_000);
    for (let i = 0; i < 1_000_000; i++) empty.copy(chunks, i * empty.length);
    const flood = Buffer.concat([png.subarray(0, 33), chunks, png.subarray(33)]);
    expect(reasonFor(flood, "obraz.png")).toMatch(/nie jest kompletnym plikiem/);
  });

  it("a JPEG of megabytes of fill bytes", () => {
    const flood = Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.alloc(4 * 1024 * 1024, 0xff)]);
    expect(reasonFor(flood, "foto.jpg")).toMatch(/nie jest kompletnym plikiem/);
  });
});
