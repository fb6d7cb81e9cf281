import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/Notice";
import { ContactAuthorForm } from "@/features/author-contact/components/ContactAuthorForm";
import { getContactablePractice } from "@/features/author-contact/data";
import { EMPTY_MESSAGE } from "@/features/author-contact/schema";
import { CataloguePage } from "@/features/category/components/CataloguePage";
import { practiceOfSlugParam } from "@/features/practice/slug-param";
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
    <CataloguePage>
      <p>
        <Link href={`/praktyki/${practice.slug}`}>← {practice.title}</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">{sent ? "Wiadomość wysłana" : "Napisz do autora"}</h1>
      {sent ? (
        <Notice title="Wiadomość wysłana">
          <p>Przekazaliśmy ją osobie kontaktowej praktyki. Odpowiedź przyjdzie na podany adres e-mail; tam też wysłaliśmy kopię wiadomości.</p>
          <p className="mt-2">
            <Link href={`/praktyki/${practice.slug}`}>Wróć do praktyki</Link>
          </p>
        </Notice>
      ) : (
        <>
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
        </>
      )}
    </CataloguePage>
  );
}
