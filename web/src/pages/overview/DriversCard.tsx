import { useQuery } from '@tanstack/react-query';
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
        <DataTable
          caption="Behaviours carrying the most risk points"
          rows={query.data.items}
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
                    style={{ width: `${Math.round(d.share * 100)}%` }}
                    aria-hidden="true"
                  />
                  {formatPercent(d.share)}
                </span>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
