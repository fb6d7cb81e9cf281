import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { readUpload } from "./upload-request";

const MAX = 1_000;

function uploadRequest(files: { name: string; bytes: Uint8Array }[], extra?: (form: FormData) => void): Request {
  const form = new FormData();
  for (const file of files) form.append("pliki", new Blob([new Uint8Array(file.bytes)]), file.name);
  extra?.(form);
  return new Request("http://localhost/admin/praktyki/1/zalaczniki/wyslij", { method: "POST", body: form });
}

const bytes = (length: number, fill = 7) => new Uint8Array(length).fill(fill);

async function uploadDirectories(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith("bdp-upload-"));
}

describe("readUpload", () => {
  it("keeps the files on disk, read one at a time, until disposed; Polish names intact", async () => {
    const before = await uploadDirectories();
    const upload = await readUpload(uploadRequest([{ name: "Sprawozdanie z realizacji – Łódź.pdf", bytes: bytes(MAX, 1) }, { name: "zdjęcie.png", bytes: bytes(10, 2) }]), MAX);
    if (!upload.ok) throw new Error(upload.message);
    expect(upload.files.map((file) => file.name)).toEqual(["Sprawozdanie z realizacji – Łódź.pdf", "zdjęcie.png"]);
    expect(Buffer.from(await upload.files[0]!.read()).equals(Buffer.from(bytes(MAX, 1)))).toBe(true);
    expect(Buffer.from(await upload.files[1]!.read()).equals(Buffer.from(bytes(10, 2)))).toBe(true);
    const directories = (await uploadDirectories()).filter((name) => !before.includes(name));
    expect(directories).toHaveLength(1);
    await upload.dispose();
    expect(existsSync(`${tmpdir()}/${directories[0]}`)).toBe(false);
  });

  it("refuses a file over the limit by its whole size, and still reads the others", async () => {
    const upload = await readUpload(uploadRequest([{ name: "duzy.pdf", bytes: bytes(MAX * 3) }, { name: "maly.pdf", bytes: bytes(5) }]), MAX);
    if (!upload.ok) throw new Error(upload.message);
    expect(upload.refused).toEqual([{ name: "duzy.pdf", ok: false, message: expect.stringMatching(/^Plik „duzy\.pdf” ma 3,0 kB, a największy dozwolony rozmiar to 1,0 kB\.$/) }]);
    expect(upload.files.map((file) => file.name)).toEqual(["maly.pdf"]);
    await upload.dispose();
  });

  it("answers too many files, too much data, no file and a broken body with a Polish message", async () => {
    const before = await uploadDirectories();
    const eleven = Array.from({ length: 11 }, (_, n) => ({ name: `plik-${n}.pdf`, bytes: bytes(5) }));
    expect(await readUpload(uploadRequest(eleven), MAX)).toMatchObject({ ok: false, status: 413, message: "Można wysłać najwyżej 10 plików naraz." });
    // Past 10 files' worth and a margin the body is cut off while it arrives (no Content-Length here).
    expect(await readUpload(uploadRequest([{ name: "a.pdf", bytes: bytes(1_100_000) }]), MAX)).toMatchObject({ ok: false, status: 413, message: /^Za dużo danych naraz/ });
    expect(await readUpload(uploadRequest([], (form) => form.append("pliki", new Blob([]), "")), MAX)).toMatchObject({ ok: false, status: 400, message: "Nie wybrano żadnego pliku." });
    const broken = new Request("http://localhost/", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x\r\nContent-Disposition: form-data; name=\"pliki\"; filename=\"a.pdf\"\r\n\r\nabc" });
    expect(await readUpload(broken, MAX)).toMatchObject({ ok: false, status: 400 });
    expect(await readUpload(new Request("http://localhost/", { method: "POST", body: "a=1" }), MAX)).toMatchObject({ ok: false, status: 415 });
    expect((await uploadDirectories()).filter((name) => !before.includes(name))).toEqual([]);
  });
});
