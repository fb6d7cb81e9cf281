import type { Metadata } from "next";
import { AdoptionReportForm } from "@/features/adoptions/components/AdoptionReportForm";
import { getAdoptablePractice } from "@/features/adoptions/data";
import { CONFIRM_TOKEN_HOURS } from "@/features/adoptions/mutations";
import { EMPTY_ADOPTION } from "@/features/adoptions/schema";
import { practiceOfSlugParam } from "@/features/practice/slug-param";
import { PracticeFormPage } from "@/features/public-forms/components/PracticeFormPage";
import { issueFormStamp } from "@/features/public-forms/guard";
import { firstValue } from "@/lib/search-params";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const practice = await practiceOfSlugParam(params, getAdoptablePractice);
  return { title: `Wdrożyliśmy to u siebie – ${practice.title}`, robots: { index: false, follow: true } };
}

export default async function AdoptionReportPage({ params, searchParams }: Props) {
  const practice = await practiceOfSlugParam(params, getAdoptablePractice);
  const sent = firstValue((await searchParams).wyslano) === "1";
  return (
    <PracticeFormPage
      practice={practice}
      heading="Wdrożyliśmy to u siebie"
      sent={
        sent
          ? {
              heading: "Sprawdź skrzynkę e-mail",
              notice: "Zgłoszenie zapisane – potwierdź je",
              children: (
                <p>
                  Wysłaliśmy link potwierdzający na podany adres e-mail. Otwórz go w ciągu {CONFIRM_TOKEN_HOURS} godzin: dopiero potwierdzone
                  zgłoszenie trafi do redakcji, a po zatwierdzeniu pojawi się przy praktyce.
                </p>
              ),
            }
          : null
      }
    >
      <p className="mt-3 max-w-prose">
        Twoja jednostka powtórzyła praktykę „{practice.title}”? Zgłoś to: po potwierdzeniu adresu e-mail i zatwierdzeniu przez
        redakcję wdrożenie pojawi się przy praktyce, a inne samorządy zobaczą, że pomysł sprawdził się także gdzie indziej.
      </p>
      <div className="mt-6">
        <AdoptionReportForm slug={practice.slug} initial={{ values: EMPTY_ADOPTION, errors: [], refusal: null, stamp: await issueFormStamp() }} />
      </div>
    </PracticeFormPage>
  );
}
