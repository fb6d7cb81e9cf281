// The browser tests' mail server, started by playwright.config.ts before the site (webServer
// entries start in order, and before globalSetup): a real SMTP server on E2E_SMTP_PORT that
// keeps what arrives in memory, and a tiny HTTP mailbox on E2E_MAILBOX_PORT serving it as JSON
// (GET /wiadomosci) for the specs (support/mailbox.ts). Run with `node --import tsx`.
import { createServer } from "node:http";
import { startTestSmtpServer } from "../../support/smtp-server";
import { E2E_MAILBOX_PORT, E2E_SMTP_PORT } from "./mail-ports";

const smtp = await startTestSmtpServer({ port: E2E_SMTP_PORT });
const http = createServer((req, res) => {
  if (req.url === "/health") return void res.writeHead(204).end();
  if (req.url === "/wiadomosci") return void res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(smtp.received));
  res.writeHead(404).end();
});
await new Promise<void>((resolve) => http.listen(E2E_MAILBOX_PORT, "127.0.0.1", resolve));
console.log(`Test mail server: SMTP on 127.0.0.1:${E2E_SMTP_PORT}, mailbox on http://127.0.0.1:${E2E_MAILBOX_PORT}/wiadomosci`);

const stop = () => {
  http.close();
  void smtp.stop().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
