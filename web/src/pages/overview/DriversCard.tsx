import { useQuery } from '@tanstack/react-query';
import type { Drivers } from '../../api/risk';
import { driversQuery } from '../../api/risk';
import { formatPercent } from '../../app/format';
import { Card } from '../../components/Card';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorMessage, Loading } from '../../components/Status';

/** The behaviours that carry most of the organisation's risk points right now. */
export function DriversCard() {
  const query = useQuery(driversQuery(8));
  return (
    <Card title="Top drivers">
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorMessage error={query.error} />
      ) : query.data.hidden ? (
        <Empty>Too few people are visible to show drivers without singling anyone out.</Empty>
      ) : (
        <DriversTable items={query.data.items} />
      )}
    </Card>
  );
}

function DriversTable({ items }: { items: Drivers['items'] }) {
  const top = Math.max(...items.map((d) => d.share), 0.0001);
  return (
    <DataTable
      caption="Behaviours carrying the most risk points"
      rows={items}
      rowKey={(d) => d.type}
      empty="No behaviour carries points yet."
      columns={[
        { key: 'title', header: 'Behaviour', cell: (d) => d.title },
        {
          key: 'people',
          header: 'People',
          align: 'right',
          cell: (d) => d.identities.toLocaleString(),
        },
        {
          key: 'share',
          header: 'Share of points',
          align: 'right',
          cell: (d) => (
            <span className="share">
              <span
                className="share-bar"
                style={{ width: `${Math.round((d.share / top) * 60)}px` }}
                aria-hidden="true"
              />
              {formatPercent(d.share)}
            </span>
          ),
        },
      ]}
    />
  );
}
