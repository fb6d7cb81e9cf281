"use client";

import "./globals.css";

// Last resort, when even the page frame (header, category tree, counter) could not be rendered.
export default function GlobalError() {
  return (
    <html lang="pl">
      <head>
        <title>Serwis chwilowo niedostępny — Bank Dobrych Praktyk</title>
      </head>
      <body>
        <main className="mx-auto max-w-3xl px-4 py-12">
          <p className="text-xl font-bold">Bank Dobrych Praktyk</p>
          <h1 className="mt-6 text-title font-bold">Serwis jest chwilowo niedostępny</h1>
          <p className="mt-4">
            Nie udało się przygotować strony z powodu awarii po naszej stronie. Spróbuj ponownie za kilka minut.
          </p>
          <p className="mt-4">
            <a href="/">Wróć na stronę główną</a>
          </p>
        </main>
      </body>
    </html>
  );
}
