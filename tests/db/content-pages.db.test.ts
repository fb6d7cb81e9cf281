import { readdir } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "../../src/app/(public)/publikacje/[id]/route";
import { attachmentStore } from "../../src/features/attachments/storage";
import { readExternalLinks } from "../../src/features/external-links/data";
import { createExternalLink, deleteExternalLink, updateExternalLink } from "../../src/features/external-links/mutations";
import { getPublicationFile, readPublications } from "../../src/features/publications/data";
import { createPublication, deletePublication, updatePublication } from "../../src/features/publications/mutations";
import { db } from "../../src/lib/db";
import { env } from "../../src/lib/env";
import { createTestUser } from "../factories";
import { resetDatabase } from "./reset";

// Publications (with their files and the download route) and other databases, as editors and
// visitors use them.

const PDF = new TextEncoder().encode("%PDF-1.4\n% Raport z przeglądu praktyk\n");
const fields = (title: string, publishedOn: string) => ({ title, description: `Opis: ${title}`, publishedOn: new Date(`${publishedOn}T00:00:00Z`) });

async function storedFileCount(): Promise<number> {
  const entries = await readdir(env().ATTACHMENTS_DIR, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).length;
}

function download(id: string, method = "GET") {
  return GET(new Request(`http://localhost/publikacje/${id}`, { method }), { params: Promise.resolve({ id }) });
}

beforeAll(async () => {
  await resetDatabase();
});

describe("publications", () => {
  it("are listed newest first, with the fields the page shows", async () => {
    await createPublication(fields("Raport 2012", "2012-09-28"), { fileName: "raport-2012.pdf", mimeType: "application/pdf", content: PDF });
    await createPublication(fields("Poradnik – Łódź 2024", "2024-03-15"), { fileName: "Poradnik – Łódź.pdf", mimeType: "application/pdf", content: PDF });
    const list = await readPublications();
    expect(list.map((item) => [item.title, item.publishedOn])).toEqual([
      ["Poradnik – Łódź 2024", "2024-03-15"],
      ["Raport 2012", "2012-09-28"],
    ]);
    expect(list[0]).toMatchObject({ fileName: "Poradnik – Łódź.pdf", mimeType: "application/pdf", byteSize: PDF.byteLength, description: "Opis: Poradnik – Łódź 2024" });
  });

  it("download with the attachment route's Content-Disposition, and each GET is counted once", async () => {
    const [publication] = await readPublications();
    const response = await download(String(publication!.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Poradnik _ Lodz.pdf"; filename*=UTF-8''Poradnik%20%E2%80%93%20%C5%81%C3%B3d%C5%BA.pdf`,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);

    await download(String(publication!.id), "HEAD");
    const { downloadCount } = await db.publication.findUniqueOrThrow({ where: { id: publication!.id } });
    expect(downloadCount).toBe(1);
  });

  it("answer 404 to unknown and malformed ids", async () => {
    for (const id of ["999999", "0", "1e1", "0x10", " 1", "-1", "abc", "99999999999"]) {
      const response = await download(id);
      expect(response.status, id).toBe(404);
      expect(await response.text()).toBe("Nie znaleziono dokumentu.");
    }
  });

  it("replace the file on update and remove it on delete", async () => {
    const id = await createPublication(fields("Do zmiany", "2020-01-01"), { fileName: "a.pdf", mimeType: "application/pdf", content: PDF });
    const first = (await getPublicationFile(id))!.storageKey;
    const replacement = new TextEncoder().encode("%PDF-1.4\n% nowa wersja\n");
    await updatePublication(id, fields("Zmieniona", "2020-02-02"), { fileName: "b.pdf", mimeType: "application/pdf", content: replacement });
    const second = (await getPublicationFile(id))!;
    expect(second.fileName).toBe("b.pdf");
    expect(await attachmentStore().read(first)).toBeNull();
    expect(await attachmentStore().read(second.storageKey)).toEqual(Buffer.from(replacement));

    await deletePublication(id);
    expect(await getPublicationFile(id)).toBeNull();
    expect(await attachmentStore().read(second.storageKey)).toBeNull();
  });

  it("record who changed what in the audit log, with the change", async () => {
    const editor = await createTestUser();
    const by = { actor: { id: editor.id, email: editor.email }, ip: "192.0.2.7" };
    const id = await createPublication(fields("Audyt", "2021-05-05"), { fileName: "audyt.pdf", mimeType: "application/pdf", content: PDF }, by);
    await updatePublication(id, { ...fields("Audyt", "2021-05-05"), publishedOn: new Date("2021-06-01T00:00:00Z") }, undefined, by);
    await updatePublication(id, { ...fields("Audyt", "2021-05-05"), publishedOn: new Date("2021-06-01T00:00:00Z") }, undefined, by);
    await deletePublication(id, by);
    const events = await db.auditEvent.findMany({ where: { subject: "Audyt" }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["PUBLICATION_CREATED", "PUBLICATION_UPDATED", "PUBLICATION_DELETED"]);
    expect(events[1]!.details).toEqual({ publicationId: id, changed: { publishedOn: { from: "2021-05-05", to: "2021-06-01" } } });
    expect(events.every((event) => event.actorId === editor.id && event.ipHash !== null)).toBe(true);
  });

  it("leave no file behind when the publication went away before the change", async () => {
    const id = await createPublication(fields("Znikająca", "2020-01-01"), { fileName: "z.pdf", mimeType: "application/pdf", content: PDF });
    await deletePublication(id);
    const filesBefore = await storedFileCount();
    expect(await updatePublication(id, fields("Znikająca", "2020-01-01"), { fileName: "n.pdf", mimeType: "application/pdf", content: PDF })).toBe(false);
    expect(await deletePublication(id)).toBe(false);
    expect(await storedFileCount()).toBe(filesBefore);
  });
});

describe("other databases", () => {
  it("are listed in the editors' order and can be changed and removed", async () => {
    const second = await createExternalLink({ title: "URBACT Good Practices", url: "https://urbact.eu/good-practices", description: "", position: 2 });
    await createExternalLink({ title: "Interreg Europe", url: "https://www.interregeurope.eu/good-practices", description: "Baza", position: 1 });
    expect((await readExternalLinks()).map((link) => link.title)).toEqual(["Interreg Europe", "URBACT Good Practices"]);
    await updateExternalLink(second, { title: "URBACT", url: "https://urbact.eu/good-practices", description: "Miasta", position: 0 });
    expect((await readExternalLinks()).map((link) => link.title)).toEqual(["URBACT", "Interreg Europe"]);
    await deleteExternalLink(second);
    expect(await readExternalLinks()).toHaveLength(1);
    const events = await db.auditEvent.findMany({ where: { action: { in: ["EXTERNAL_LINK_CREATED", "EXTERNAL_LINK_UPDATED", "EXTERNAL_LINK_DELETED"] } }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.subject])).toEqual([
      ["EXTERNAL_LINK_CREATED", "URBACT Good Practices"],
      ["EXTERNAL_LINK_CREATED", "Interreg Europe"],
      ["EXTERNAL_LINK_UPDATED", "URBACT"],
      ["EXTERNAL_LINK_DELETED", "URBACT"],
    ]);
    expect(events[2]!.details).toMatchObject({ changed: { title: { from: "URBACT Good Practices", to: "URBACT" }, description: { from: "", to: "Miasta" }, position: { from: 2, to: 0 } } });
    expect(await updateExternalLink(second, { title: "x", url: "https://example.org", description: "", position: 0 })).toBe(false);
  });
});
