import type { ComponentChildren } from 'preact';

export interface FigureRow {
  key: string;
  /** The row's heading (a name, a month, a link). */
  head: ComponentChildren;
  /** The figures, already formatted, one per figure column. */
  cells: readonly string[];
}

/**
 * The portal's one table of figures: a row heading, then numbers aligned right, with a caption
 * for screen readers and a wrapper that scrolls sideways on a narrow phone rather than the page.
 */
export function FigureTable({ caption, columns, rows }: { caption: string; columns: readonly string[]; rows: readonly FigureRow[] }) {
  const [headColumn, ...figureColumns] = columns;
  return (
    <div class="portal-table-wrap">
      <table class="portal-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headColumn}</th>
            {figureColumns.map((column) => (
              <th key={column} scope="col" class="num">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.head}</th>
              {row.cells.map((cell, index) => (
                <td key={index} class="num">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
