import type { ReactNode } from 'react';

export interface Column {
  label: string;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** Read by screen readers only (e.g. a column of buttons). */
  visuallyHidden?: boolean;
}

/**
 * A table in a focusable, labelled region that scrolls sideways on a narrow screen (so a
 * keyboard user can scroll it too). Rows are the children.
 */
export function DataTable({
  labelledBy,
  caption,
  columns,
  busy,
  children,
}: {
  /** Id of the element naming the table (its caption when `caption` is given). */
  labelledBy: string;
  caption?: string;
  columns: Column[];
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="data-table" aria-busy={busy || undefined}>
        {caption ? <caption id={labelledBy}>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.visuallyHidden ? <span className="visually-hidden">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
