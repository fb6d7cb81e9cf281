// Every e-mail the bank sends is made here, from plain strings: the HTML part escapes all of them,
// so text typed by the public (a submission's title, a reader's message) is inert in both parts.

export type MailContent = {
  subject: string;
  /** Paragraphs of plain text; line breaks inside one are kept. */
  paragraphs: string[];
  /** Links listed after the paragraphs, e.g. the practices of a digest. */
  links?: { label: string; url: string }[];
  /** The one link the message is about, e.g. a confirmation link. */
  action?: { label: string; url: string };
  /** A quoted block of someone else's words (a reader's message, an editor's note). */
  quote?: string;
  /** Why the recipient gets this e-mail, and how to stop it. */
  footer?: string;
};

export type ComposedMail = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

const htmlParagraph = (value: string) => `<p>${escapeHtml(value).replace(/\r?\n/g, "<br>")}</p>`;

/** Subjects are one line: a line break typed by the public must not become a header of its own. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, " ").trim();

export function composeMail(content: MailContent): ComposedMail {
  const textParts = [...content.paragraphs];
  const htmlParts = content.paragraphs.map(htmlParagraph);
  if (content.quote) {
    textParts.push(content.quote.split(/\r?\n/).map((line) => `> ${line}`).join("\n"));
    htmlParts.push(`<blockquote style="border-left:3px solid #888;margin:0;padding-left:12px">${htmlParagraph(content.quote)}</blockquote>`);
  }
  if (content.links && content.links.length > 0) {
    textParts.push(content.links.map((link) => `- ${link.label}\n  ${link.url}`).join("\n"));
    htmlParts.push(`<ul>${content.links.map((link) => `<li><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></li>`).join("")}</ul>`);
  }
  if (content.action) {
    textParts.push(`${content.action.label}:\n${content.action.url}`);
    htmlParts.push(`<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>`);
  }
  if (content.footer) {
    textParts.push(`-- \n${content.footer}`);
    htmlParts.push(`<hr><p style="color:#555;font-size:0.9em">${escapeHtml(content.footer)}</p>`);
  }
  const subject = oneLine(content.subject);
  return {
    subject,
    text: `${textParts.join("\n\n")}\n`,
    html: `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>${htmlParts.join("\n")}</body></html>`,
  };
}
