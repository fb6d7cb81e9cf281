import type { Metadata } from "next";
import Link from "next/link";
import { issueFormStamp } from "@/features/public-forms/guard";
import { pageMetadata } from "@/features/site/page-metadata";
import { StartForm } from "@/features/submissions/components/StartForm";
import { SubmissionPage } from "@/features/submissions/components/SubmissionPage";

export const metadata: Metadata = pageMetadata({
  title: "Zgłoś praktykę",
  description: "Zgłoś dobrą praktykę swojego samorządu do Banku Dobrych Praktyk: formularz bez zakładania konta, zapisywany krok po kroku.",
  path: "/zglos-praktyke",
});

// Every visit gets its own fill-time stamp.
export const dynamic = "force-dynamic";

export default async function SubmitPracticePage() {
  const stamp = await issueFormStamp();
  return (
    <SubmissionPage>
      <h1 className="text-title font-bold">Zgłoś praktykę</h1>
      <div className="prose-bdp mt-4">
        <p>
          Praktyki zgłaszają jednostki samorządu terytorialnego, ich związki i jednostki organizacyjne. Praktyka powinna
          działać co najmniej od roku i mieć udokumentowane rezultaty. Zasady opisuje strona <Link href="/o-banku">O banku</Link>.
        </p>
        <p>
          Nie trzeba zakładać konta. Po tym kroku dostaniesz prywatny link do swojego zgłoszenia: każdy krok formularza
          zapisuje się na serwerze, więc możesz przerwać i wrócić do niego później. Zanim zgłoszenie trafi do redakcji,
          potwierdzisz swój adres e-mail.
        </p>
      </div>
      <h2 className="mt-8 text-2xl font-bold">Kto zgłasza</h2>
      <StartForm initial={{ values: { name: "", email: "", unit: "" }, errors: [], stamp, revision: 0 }} />
    </SubmissionPage>
  );
}
