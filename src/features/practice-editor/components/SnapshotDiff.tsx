import type { FieldChange, Segment } from "../diff";

function Segments({ segments, side }: { segments: Segment[]; side: "before" | "after" }) {
  return (
    <div className="whitespace-pre-wrap wrap-anywhere">
      {segments.map((segment, index) => {
        if (segment.change === "same") return <span key={index}>{segment.text}</span>;
        if (segment.change === "removed" && side === "before") {
          return (
            <del key={index} className="bg-red-100 text-red-900">
              <span className="sr-only">[usunięto: </span>
              {segment.text}
              <span className="sr-only">]</span>
            </del>
          );
        }
        if (segment.change === "added" && side === "after") {
          return (
            <ins key={index} className="bg-green-100 text-green-900 no-underline">
              <span className="sr-only">[dodano: </span>
              {segment.text}
              <span className="sr-only">]</span>
            </ins>
          );
        }
        return null;
      })}
    </div>
  );
}

/** The changed fields of two versions side by side; removed text struck out, added text marked. */
export function SnapshotDiff({ changes, from, to }: { changes: FieldChange[]; from: number; to: number }) {
  if (changes.length === 0) return <p className="mt-4">Wersje {from} i {to} mają tę samą treść i ten sam stan.</p>;
  return (
    // A fixed layout whose narrow columns break even long words and addresses: on a phone the
    // comparison wraps inside the screen instead of scrolling sideways.
    <div className="mt-4">
      <table className="w-full table-fixed border-collapse text-left align-top">
        <caption className="sr-only">
          Różnice między wersją {from} a wersją {to}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="w-24 py-2 pr-2 sm:w-48 sm:pr-4">Pole</th>
            <th scope="col" className="py-2 pr-2 sm:pr-4">Wersja {from}</th>
            <th scope="col" className="py-2">Wersja {to}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-2 pr-2 wrap-anywhere sm:pr-4">{change.label}</th>
              <td className="py-2 pr-2 sm:pr-4">{change.before === "" ? <em>(puste)</em> : <Segments segments={change.segments} side="before" />}</td>
              <td className="py-2">{change.after === "" ? <em>(puste)</em> : <Segments segments={change.segments} side="after" />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
