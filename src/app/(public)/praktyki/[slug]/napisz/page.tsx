import type { Metadata } from "next";
import Link from "next/link";
import { ContactAuthorForm } from "@/features/author-contact/components/ContactAuthorForm";
import { getContactablePractice } from "@/features/author-contact/data";
import { EMPTY_MESSAGE } from "@/features/author-contact/schema";
import { practiceOfSlugParam } from "@/features/practice/slug-param";
import { PracticeFormPage } from "@/features/public-forms/components/PracticeFormPage";
import { issueFormStamp } from "@/features/public-forms/guard";
import { firstValue } from "@/lib/search-params";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const practice = await practiceOfSlugParam(params, getContactablePractice);
  return { title: `Napisz do autora – ${practice.title}`, robots: { index: false, follow: true } };
}

export default async function ContactAuthorPage({ params, searchParams }: Props) {
  const practice = await practiceOfSlugParam(params, getContactablePractice);
  const sent = firstValue((await searchParams).wyslano) === "1";
  return (
    <PracticeFormPage
      practice={practice}
      heading="Napisz do autora"
      sent={
        sent
          ? {
              heading: "Wiadomość wysłana",
              notice: "Wiadomość wysłana",
              children: <p>Przekazaliśmy ją osobie kontaktowej praktyki. Odpowiedź przyjdzie na podany adres e-mail; tam też wysłaliśmy kopię wiadomości.</p>,
            }
          : null
      }
    >
      <p className="mt-3 max-w-prose">
        Wiadomość w sprawie praktyki „{practice.title}” przekażemy e-mailem osobie kontaktowej. Jej adresu nie pokazujemy;
        odpowie bezpośrednio na Twój adres. Wiadomości nie publikujemy, a jej treść usuwamy z serwera po 7 dniach (
        <Link href="/polityka-prywatnosci#napisz-do-autora">polityka prywatności</Link>).
      </p>
      <div className="mt-6">
        <ContactAuthorForm
          slug={practice.slug}
          recipients={practice.recipients}
          initial={{ values: EMPTY_MESSAGE, errors: [], refusal: null, stamp: await issueFormStamp() }}
        />
      </div>
    </PracticeFormPage>
  );
}
