import type { ReactNode } from "react";
import type { PublishedPractice } from "@/features/practice/data";
import { costText, fundingSourcesText, periodText } from "@/features/practice/details-text";
import { UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import { CalendarDate } from "@/components/ui/CalendarDate";
import { formatInteger } from "@/lib/format";
import { websiteHref, websiteLabel } from "./website";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-200 py-2 sm:grid-cols-[14rem_1fr]">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** "Metryka praktyki": every field of the original record, in its order. */
/** `viewCount` is left out where the page does not show it (the printed supplement of other views). */
export function PracticeMetadata({ practice, viewCount }: { practice: PublishedPractice; viewCount?: number }) {
  const period = periodText(practice);
  return (
    <section aria-labelledby="metryka" className="mt-8">
      <h2 id="metryka" className="text-heading font-bold">
        Metryka praktyki
      </h2>
      <dl className="mt-2">
        <Row term="Data wprowadzenia do banku">
          <CalendarDate date={practice.enteredOn} />
        </Row>
        <Row term="Data aktualizacji">
          <CalendarDate date={practice.revisedOn} />
        </Row>
        <Row term="Typ jednostki">{UNIT_TYPES[practice.unitType].description}</Row>
        <Row term="Miejscowość">{practice.locality}</Row>
        <Row term="Województwo">{VOIVODESHIPS[practice.voivodeship].label}</Row>
        <Row term="Kod pocztowy i poczta">
          {practice.postalCode} {practice.postOffice}
        </Row>
        <Row term="Jednostka wdrażająca">{practice.implementingUnit}</Row>
        {practice.street && <Row term="Ulica">{practice.street}</Row>}
        {practice.website && (
          <Row term="Witryna internetowa">
            <a href={websiteHref(practice.website)} rel="noopener">
              {websiteLabel(practice.website)}
            </a>
          </Row>
        )}
        {practice.population !== null && <Row term="Liczba mieszkańców">{formatInteger(practice.population)}</Row>}
        {period && <Row term="Okres realizacji">{period}</Row>}
        {practice.totalCostPln !== null && <Row term="Koszt całkowity">{costText(practice.totalCostPln)}</Row>}
        {practice.fundingSources.length > 0 && <Row term="Źródła finansowania">{fundingSourcesText(practice.fundingSources)}</Row>}
        {practice.fundingProgramme && <Row term="Program i działanie">{practice.fundingProgramme}</Row>}
        {practice.contacts.length > 0 && (
          <Row term={practice.contacts.length === 1 ? "Osoba kontaktowa" : "Osoby kontaktowe"}>
            <ul className="space-y-3">
              {practice.contacts.map((contact) => (
                <li key={contact.id}>
                  <span className="font-semibold">{contact.name}</span>
                  {contact.role && <span className="block">{contact.role}</span>}
                  {contact.phone && <span className="block">tel. {contact.phone}</span>}
                  {/* A hidden address is reached through "Napisz do autora" only. */}
                  {contact.email && contact.emailPublic && (
                    <span className="block">
                      e-mail: <a href={`mailto:${contact.email}`}>{contact.email}</a>
                    </span>
                  )}
                </li>
              ))}
            </ul>
            {practice.contactsVerifiedOn && (
              <p className="mt-3">
                {/* The date ends with "r.", which ends the sentence too. */}
                Dane kontaktowe zweryfikowano dnia <CalendarDate date={practice.contactsVerifiedOn} />
              </p>
            )}
          </Row>
        )}
        {viewCount !== undefined && <Row term="Wyświetlenia">{formatInteger(viewCount)}</Row>}
      </dl>
    </section>
  );
}
