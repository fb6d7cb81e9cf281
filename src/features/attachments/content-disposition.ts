// RFC 6266 / RFC 8187: an ASCII fallback for old clients plus the exact UTF-8 name
// ("Sprawozdanie z realizacji – Łódź.pdf") for everyone else.
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łŁ]/g, (letter) => (letter === "ł" ? "l" : "L"))
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
