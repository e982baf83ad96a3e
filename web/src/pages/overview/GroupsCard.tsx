import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Aggregates, Dimension } from '../../api/risk';
import { aggregatesQuery } from '../../api/risk';
import { formatPercent, formatScore } from '../../app/format';
import { Card } from '../../components/Card';
import { DataTable } from '../../components/DataTable';
import { SelectField } from '../../components/Field';
import { ErrorMessage, Loading } from '../../components/Status';

type Group = Aggregates['groups'][number];

const dimensionLabels: Partial<Record<Dimension, string>> = {
  department: 'Department',
  location: 'Location',
  title: 'Title',
  manager: 'Manager',
  businessUnit: 'Business unit',
};

/**
 * Groups ranked by the lower confidence bound of their mean, so that a small group with one
 * unlucky person does not outrank a large group that is consistently risky.
 */
export function GroupsCard() {
  const [dimension, setDimension] = useState<Dimension>('department');
  const query = useQuery(aggregatesQuery(dimension));
  const label = dimensionLabels[dimension] ?? dimension;
  const peopleLink = (g: Group) =>
    dimension === 'department' ? (
      <Link
        to={`/people?department=${encodeURIComponent(g.key)}`}
        aria-label={`Riskiest people in ${g.label}`}
      >
        {g.label}
      </Link>
    ) : (
      g.label
    );
  return (
    <Card
      title="Riskiest groups"
      actions={
        <SelectField
          label="Group by"
          className="compact"
          value={dimension}
          onChange={(e) => setDimension(e.target.value as Dimension)}
          options={Object.entries(dimensionLabels).map(([value, text]) => ({ value, label: text }))}
        />
      }
    >
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorMessage error={query.error} />
      ) : (
        <>
          <DataTable
            caption={`Groups by ${label}, riskiest first`}
            rows={query.data.groups.slice(0, 10)}
            rowKey={(g) => g.key}
            empty="No group is large enough to show."
            columns={[
              { key: 'label', header: label, cell: peopleLink },
              { key: 'n', header: 'People', align: 'right', cell: (g) => g.n.toLocaleString() },
              {
                key: 'mean',
                header: 'Mean',
                fullHeader: 'Mean risk',
                align: 'right',
                cell: (g) => formatScore(g.mean),
              },
              {
                key: 'lower',
                header: 'Lower',
                fullHeader: 'Lower bound of the mean risk (90% confidence)',
                align: 'right',
                cell: (g) => formatScore(g.lowerBound),
              },
              {
                key: 'high',
                header: 'High+',
                fullHeader: 'Share at high or critical',
                align: 'right',
                cell: (g) => formatPercent(g.highOrCritical),
              },
            ]}
          />
          <p className="muted small">
            Ranked by the lower bound (Lower) of the 90% confidence interval of the mean, so a small
            group with one risky person does not outrank a large group that is risky throughout.
            High+: share at high or critical.
          </p>
          {query.data.hidden.length > 0 && (
            <p className="muted small">
              {query.data.hidden.length} groups have fewer than {query.data.minGroupSize} people and
              are not shown.
            </p>
          )}
        </>
      )}
    </Card>
  );
}
