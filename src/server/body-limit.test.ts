import { describe, expect, it } from "vitest";
import { DEFAULT_BODY_LIMIT, PUBLICATION_FORM_BODY_LIMIT, bodyRefusal } from "./body-limit";

const length = (bytes: number) => ({ "content-length": String(bytes) });

describe("bodyRefusal", () => {
  it("keeps every address but the publication forms at 2 MB", () => {
    expect(bodyRefusal("POST", "/admin/logowanie", length(DEFAULT_BODY_LIMIT))).toBeNull();
    expect(bodyRefusal("POST", "/admin/logowanie", length(DEFAULT_BODY_LIMIT + 1))).toMatchObject({ status: 413 });
    expect(bodyRefusal("POST", "/szukaj", length(5 * DEFAULT_BODY_LIMIT))).toMatchObject({ status: 413 });
    expect(bodyRefusal("POST", "/admin/publikacje-falszywe", length(DEFAULT_BODY_LIMIT + 1))).toMatchObject({ status: 413 });
  });

  it("lets a publication's file through, up to Next's own limit", () => {
    expect(bodyRefusal("POST", "/admin/publikacje/nowa", length(PUBLICATION_FORM_BODY_LIMIT))).toBeNull();
    expect(bodyRefusal("POST", "/admin/publikacje/12", length(PUBLICATION_FORM_BODY_LIMIT + 1))).toMatchObject({ status: 413 });
  });

  it("lets the new practice's form carry its files without JavaScript, and no other practice form", () => {
    expect(bodyRefusal("POST", "/admin/praktyki/nowa", length(PUBLICATION_FORM_BODY_LIMIT))).toBeNull();
    expect(bodyRefusal("POST", "/admin/praktyki/nowa", length(PUBLICATION_FORM_BODY_LIMIT + 1))).toMatchObject({ status: 413 });
    expect(bodyRefusal("POST", "/admin/praktyki/7", length(DEFAULT_BODY_LIMIT + 1))).toMatchObject({ status: 413 });
  });

  it("leaves uploads of attachments to their route, which counts the bytes itself", () => {
    expect(bodyRefusal("POST", "/admin/praktyki/7/zalaczniki/wyslij", length(200 * 1024 * 1024))).toBeNull();
    expect(bodyRefusal("POST", "/admin/praktyki/nowa/zalaczniki", length(200 * 1024 * 1024))).toBeNull();
    expect(bodyRefusal("POST", `/zgloszenie/${"a".repeat(43)}/pliki`, length(60 * 1024 * 1024))).toBeNull();
    expect(bodyRefusal("POST", `/zgloszenie/${"a".repeat(43)}/jednostka`, length(3 * 1024 * 1024))).toMatchObject({ status: 413 });
  });

  it("refuses bodies of unknown length and lets requests without a body pass", () => {
    expect(bodyRefusal("POST", "/admin", { "transfer-encoding": "chunked" })).toMatchObject({ status: 411 });
    expect(bodyRefusal("POST", "/admin", {})).toBeNull();
    expect(bodyRefusal("GET", "/admin", { "content-length": "999999999" })).toBeNull();
  });
});
