import type { ReactNode } from "react";

export type DataRow = { key: string; header: ReactNode; cells: ReactNode[] };

type Props = {
  caption: ReactNode;
  /** Column headings, the row-header column first. */
  columns: string[];
  rows: DataRow[];
  /** Extra rows after the data, e.g. a total. */
  footer?: DataRow;
};

/** A table of figures: caption, column and row headers (scope), numbers right-aligned. */
export function DataTable({ caption, columns, rows, footer }: Props) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={column} scope="col" className={`border-b-2 border-slate-400 px-2 py-1 ${index === 0 ? "text-left" : "text-right"}`}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-200">
            <th scope="row" className="px-2 py-1 text-left font-normal">
              {row.header}
            </th>
            {row.cells.map((cell, index) => (
              <td key={index} className="px-2 py-1 text-right tabular-nums">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr className="border-t-2 border-slate-400 font-semibold">
            <th scope="row" className="px-2 py-1 text-left">
              {footer.header}
            </th>
            {footer.cells.map((cell, index) => (
              <td key={index} className="px-2 py-1 text-right tabular-nums">
                {cell}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
