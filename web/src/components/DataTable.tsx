import type { ReactNode } from 'react';
import { useOverflowing } from './use-overflowing';

export type SortOrder = 'asc' | 'desc';

export interface Column<Row> {
  key: string;
  header: string;
  /** The header in full when `header` is a short form of it (shown on hover, read aloud). */
  fullHeader?: string;
  cell: (row: Row) => ReactNode;
  /** Set when the server can sort by this column. */
  sortable?: boolean;
  align?: 'left' | 'right';
  /** Kept on one line (dates), so that the other columns give way first. */
  nowrap?: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sort?: { key: string; order: SortOrder };
  onSort?: (key: string) => void;
  /** Shown in place of the body when there are no rows. */
  empty?: ReactNode;
}

/**
 * A table whose sorting happens on the server: headers of sortable columns are buttons that say
 * which way they sort, and `aria-sort` tells assistive technology the current order.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, columns, rows, rowKey, sort, onSort, empty } = props;
  const { ref, overflowing } = useOverflowing<HTMLDivElement>();
  // Wider than its space, the table scrolls sideways: the region then takes focus so that it can
  // be scrolled from the keyboard, and is named after the table.
  const scrollable = overflowing ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {};
  return (
    <div className="table-wrap" ref={ref} {...scrollable}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <HeaderCell key={c.key} column={c} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="muted">
                {empty ?? 'Nothing to show.'}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={cellClass(c)}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

interface HeaderCellProps<Row> {
  column: Column<Row>;
  sort: { key: string; order: SortOrder } | undefined;
  onSort: ((key: string) => void) | undefined;
}

function HeaderCell<Row>({ column, sort, onSort }: HeaderCellProps<Row>) {
  const active = sort?.key === column.key;
  const ariaSort = active ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined;
  const className = cellClass(column);
  const title = column.fullHeader;
  const label = title ? (
    <>
      <span aria-hidden="true">{column.header}</span>
      <span className="visually-hidden">{title}</span>
    </>
  ) : (
    column.header
  );
  if (!column.sortable || !onSort)
    return (
      <th scope="col" className={className} title={title}>
        {label}
      </th>
    );
  return (
    <th scope="col" className={className} aria-sort={ariaSort} title={title}>
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function cellClass<Row>(column: Column<Row>): string | undefined {
  const names = [column.align === 'right' && 'num', column.nowrap && 'nowrap'].filter(Boolean);
  return names.length > 0 ? names.join(' ') : undefined;
}
