import { paths } from "../paths";
import { problemExample, type ProblemType } from "../problem";

/** The page behind a problem type URI: for the people who write clients of the API. */
export function ProblemTypeView({ type }: { type: ProblemType }) {
  return (
    <>
      <p className="text-slate-700">Otwarte dane · opis błędu API</p>
      <h1 className="text-title font-bold">{type.title}</h1>
      <div className="prose-bdp mt-4">
        <p>
          Odpowiedź z kodem HTTP <strong>{type.status}</strong> i treścią <code>application/problem+json</code> (RFC 9457), której
          pole <code>type</code> prowadzi na tę stronę.
        </p>
        <h2>Co to znaczy</h2>
        <p>{type.meaning}</p>
        <h2>Jak poprawić zapytanie</h2>
        <ul>
          {type.remedy.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
        <h2>Przykład odpowiedzi</h2>
        {/* Wrapped rather than scrolled: nothing to reach with the keyboard. */}
        <pre className="border border-slate-300 bg-slate-50 p-3 text-sm break-words whitespace-pre-wrap">
          {JSON.stringify(problemExample(type), null, 2)}
        </pre>
        <p>
          Wszystkie adresy, parametry i odpowiedzi API opisuje dokument <a href={paths.openApi}>OpenAPI 3.1</a> ({paths.openApi}).
        </p>
      </div>
    </>
  );
}
