import type { ReactNode } from "react";
import type { PublishedPractice } from "@/features/practice/data";
import { costText, periodText } from "@/features/practice/details-text";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { formatInteger, pluralPl } from "@/lib/format";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-1.5">
      <dt className="text-meta font-semibold text-slate-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * What a municipal reader asks first, in one card: who did it, what kind of unit and how big,
 * when, for how much, and whom to call. The full record stays below in "Metryka praktyki";
 * on paper the card would only repeat it.
 */
export function PracticeFacts({ practice, className = "" }: { practice: PublishedPractice; className?: string }) {
  const period = periodText(practice);
  const [contact, ...otherContacts] = practice.contacts;
  return (
    <aside aria-labelledby="fakty" className={`border-t-4 border-brand-700 bg-brand-50 px-4 py-3 print-hidden ${className}`}>
      <h2 id="fakty" className="text-subheading font-bold">
        Najważniejsze informacje
      </h2>
      <dl className="mt-1 divide-y divide-brand-100">
        <Fact term="Jednostka">
          {practice.implementingUnit}
          <span className="block text-meta">{practice.locality}</span>
        </Fact>
        <Fact term="Typ jednostki">{UNIT_TYPES[practice.unitType].description}</Fact>
        <Fact term="Województwo">{VOIVODESHIPS[practice.voivodeship].label}</Fact>
        {practice.population !== null && <Fact term="Liczba mieszkańców">{formatInteger(practice.population)}</Fact>}
        {period && <Fact term="Okres realizacji">{period}</Fact>}
        {practice.totalCostPln !== null && <Fact term="Koszt całkowity">{costText(practice.totalCostPln)}</Fact>}
        {contact && (
          <Fact term="Kontakt">
            {contact.name}
            {contact.phone && <span className="block">tel. {contact.phone}</span>}
            {contact.email && contact.emailPublic && (
              <a href={`mailto:${contact.email}`} className="block [overflow-wrap:anywhere]">
                {/* A long address breaks after the "@" first, not in the middle of a word. */}
                {contact.email.split("@")[0]}@<wbr />
                {contact.email.split("@").slice(1).join("@")}
              </a>
            )}
            {otherContacts.length > 0 && (
              <a href="#metryka" className="block text-meta">
                i {formatInteger(otherContacts.length)} {pluralPl(otherContacts.length, "inna osoba", "inne osoby", "innych osób")} w metryce
              </a>
            )}
          </Fact>
        )}
      </dl>
    </aside>
  );
}
