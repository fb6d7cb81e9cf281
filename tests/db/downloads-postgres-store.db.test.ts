import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAttachment } from "../../src/app/(public)/praktyki/[slug]/zalaczniki/[id]/route";
import { GET as getPublication } from "../../src/app/(public)/publikacje/[id]/route";
import { attachmentStore } from "../../src/features/attachments/storage";
import { POSTGRES_CHUNK_BYTES } from "../../src/features/file-store/postgres-store";
import { createPublication } from "../../src/features/publications/mutations";
import { db } from "../../src/lib/db";
import { setProcessEnv } from "../../src/lib/env";
import { drain } from "../support/file-store-contract";
import { createTestPractice } from "../factories";
import { resetDatabase } from "./reset";

// The download routes as a visitor uses them, with the site's files in PostgreSQL
// (FILE_STORE=postgres): headers as before, the body streamed from the store chunk by chunk.

const TWENTY_MB = 20_000_000;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  setProcessEnv("FILE_STORE", "postgres");
  await resetDatabase();
});

afterAll(async () => {
  await resetDatabase();
  setProcessEnv("FILE_STORE", "local");
});

describe("downloads with FILE_STORE=postgres", () => {
  it("serve a publication from the database, HEAD with the same headers and no count", async () => {
    expect(attachmentStore().kind).toBe("postgres");
    const content = new TextEncoder().encode("%PDF-1.4\n% Sprawozdanie z działalności banku za rok 2025\n");
    const id = String(await createPublication({ title: "Sprawozdanie 2025", description: "", publishedOn: new Date("2026-01-15T00:00:00Z") }, { fileName: "sprawozdanie-2025.pdf", mimeType: "application/pdf", content }));
    const { storageKey } = await db.publication.findUniqueOrThrow({ where: { id: Number(id) } });
    expect(await db.storedFile.findUnique({ where: { storageKey } })).toMatchObject({ byteSize: content.byteLength });

    const request = (method: string) => getPublication(new Request(`http://localhost/publikacje/${id}`, { method }), { params: Promise.resolve({ id }) });
    const head = await request("HEAD");
    const response = await request("GET");
    for (const answer of [head, response]) {
      expect(answer.status).toBe(200);
      expect(Object.fromEntries(answer.headers)).toMatchObject({
        "content-type": "application/pdf",
        "content-length": String(content.byteLength),
        "content-disposition": `attachment; filename="sprawozdanie-2025.pdf"; filename*=UTF-8''sprawozdanie-2025.pdf`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      });
    }
    expect(head.body).toBeNull();
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(content);
    expect((await db.publication.findUniqueOrThrow({ where: { id: Number(id) } })).downloadCount).toBe(1);
  });

  it("stream a 20 MB attachment in chunks of the store, and answer 404 once its bytes are gone", async () => {
    const content = randomBytes(TWENTY_MB);
    const practice = await createTestPractice({ attachments: [{ title: "Raport końcowy", fileName: "raport końcowy.pdf", mimeType: "application/pdf", content }] });
    const attachment = await db.attachment.findFirstOrThrow({ where: { practiceId: practice.id } });
    const params = { params: Promise.resolve({ slug: practice.slug, id: String(attachment.id) }) };
    const url = `http://localhost/praktyki/${practice.slug}/zalaczniki/${attachment.id}`;

    const response = await getAttachment(new Request(url), params);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(TWENTY_MB));
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''raport%20ko%C5%84cowy.pdf");
    const read = await drain(response.body!);
    expect(read).toMatchObject({ bytes: TWENTY_MB, sha256: sha256(content), largestChunk: POSTGRES_CHUNK_BYTES, chunks: Math.ceil(TWENTY_MB / POSTGRES_CHUNK_BYTES) });

    await attachmentStore().remove(attachment.storageKey);
    const gone = await getAttachment(new Request(url), { params: Promise.resolve({ slug: practice.slug, id: String(attachment.id) }) });
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe("Nie znaleziono załącznika.");
  });
});
