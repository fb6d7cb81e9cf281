import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";

/** Shown on a practice page when a contact person has an e-mail address (public or not). */
export function ContactAuthorLink({ slug, authorsReachable }: { slug: string; authorsReachable: boolean }) {
  if (!authorsReachable) return null;
  return (
    <section aria-labelledby="napisz-do-autora" className="mt-8 print:hidden">
      <h2 id="napisz-do-autora" className="text-xl font-bold">
        Pytania do autorów
      </h2>
      <p className="mt-2 max-w-prose">Przekażemy Twoją wiadomość e-mailem osobie kontaktowej; odpowie bezpośrednio Tobie.</p>
      <p className="mt-3">
        <Link href={`/praktyki/${slug}/napisz`} className={buttonClass("secondary")}>
          Napisz do autora
        </Link>
      </p>
    </section>
  );
}
