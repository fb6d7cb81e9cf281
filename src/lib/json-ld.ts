// JSON-LD goes into a <script> element, where the HTML parser ends the script at the first
// "</script>" whatever JSON thinks of it. Escaping <, > and & as JSON \u escapes keeps any text
// of a record (a title with "</script><script>…") inside the string it belongs to; U+2028/2029
// are escaped for old JavaScript parsers.

export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
