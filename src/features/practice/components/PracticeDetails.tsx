import type { ReactNode } from "react";
import type { PublishedPractice } from "@/features/practice/data";
import { figureText } from "@/features/practice/details-text";
import { storedFiguresOf } from "@/features/practice/snapshot";
import { SDG_GOAL_NAMES } from "@/features/practice/vocabulary";
import { MarkdownBody } from "./MarkdownBody";

function Paragraphs({ text }: { text: string }) {
  return text.split(/\n\s*\n/).map((paragraph, index) => (
    <p key={index} className="mt-3 max-w-prose whitespace-pre-line leading-relaxed">
      {paragraph.trim()}
    </p>
  ));
}

type DetailSection = { id: string; title: string; content: ReactNode };

/** The sections the record fills; one it leaves empty is not shown. */
function detailSections(practice: PublishedPractice): DetailSection[] {
  const figures = storedFiguresOf(practice.resultFigures);
  const sections: (DetailSection | false)[] = [
    (practice.results.trim() !== "" || figures.length > 0) && {
      id: "rezultaty",
      title: "Rezultaty i wpływ",
      content: (
        <>
          {practice.results.trim() !== "" && <MarkdownBody source={practice.results} />}
          {figures.length > 0 && (
            <ul className="mt-3 list-disc space-y-1 pl-6" aria-label="Rezultaty w liczbach">
              {figures.map((figure, index) => (
                <li key={index}>
                  <strong>{figureText(figure.value)}</strong> {figure.label}
                </li>
              ))}
            </ul>
          )}
        </>
      ),
    },
    practice.partners.trim() !== "" && { id: "partnerzy", title: "Partnerzy", content: <Paragraphs text={practice.partners} /> },
    practice.transferPotential.trim() !== "" && { id: "przeniesienie", title: "Możliwość przeniesienia", content: <Paragraphs text={practice.transferPotential} /> },
    practice.sdgGoals.length > 0 && {
      id: "cele-zrownowazonego-rozwoju",
      title: "Cele zrównoważonego rozwoju",
      content: (
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {practice.sdgGoals.map((goal) => (
            <li key={goal}>
              Cel {goal}: {SDG_GOAL_NAMES[goal]}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return sections.filter((section): section is DetailSection => section !== false);
}

export function hasPracticeDetails(practice: PublishedPractice): boolean {
  return detailSections(practice).length > 0;
}

/**
 * The record's structured details under the full presentation: results and impact, partners,
 * potential for transfer, SDG goals. `idPrefix` keeps the headings' ids unique when the printed
 * supplement repeats them on another view.
 */
export function PracticeDetails({ practice, idPrefix = "" }: { practice: PublishedPractice; idPrefix?: string }) {
  return detailSections(practice).map((section) => (
    <section key={section.id} aria-labelledby={`${idPrefix}${section.id}`} className="mt-8">
      <h2 id={`${idPrefix}${section.id}`} className="text-xl font-bold">
        {section.title}
      </h2>
      {section.content}
    </section>
  ));
}
