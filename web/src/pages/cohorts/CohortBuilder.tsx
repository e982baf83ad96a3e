import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { catalogQuery } from '../../api/catalog';
import { useCreateCohort } from '../../api/cohorts';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { SelectField, TextField } from '../../components/Field';
import { ErrorMessage } from '../../components/Status';
import { ConditionRow, conditionKinds } from './ConditionRow';
import type { Condition, ConditionKind, Match } from './rule';
import { blankCondition, cohortDefinition } from './rule';

/** Builds a dynamic cohort from conditions; the server evaluates it and the page shows members. */
export function CohortBuilder() {
  const navigate = useNavigate();
  const create = useCreateCohort();
  const catalog = useQuery(catalogQuery);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [match, setMatch] = useState<Match>('all');
  const [conditions, setConditions] = useState<Condition[]>([blankCondition('attribute')]);
  const [nextKind, setNextKind] = useState<ConditionKind>('score');
  const definition = cohortDefinition(conditions, match);
  const behaviours = (catalog.data?.items ?? []).filter(
    (b) => b.polarity === 'risk' || b.polarity === 'protective',
  );

  const replace = (i: number, next: Condition) =>
    setConditions((cs) => cs.map((c, j) => (j === i ? next : c)));
  const remove = (i: number) => setConditions((cs) => cs.filter((_, j) => j !== i));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, ...(description ? { description } : {}), definition },
      { onSuccess: (cohort) => void navigate(`/cohorts/${cohort.id}`) },
    );
  };

  return (
    <Card title="Build a cohort">
      <form onSubmit={submit} className="builder">
        <div className="inline-form">
          <TextField
            label="Name"
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            label="Description"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
          <SelectField
            label="Members match"
            value={match}
            onChange={(e) => setMatch(e.target.value as Match)}
            options={[
              { value: 'all', label: 'all conditions' },
              { value: 'any', label: 'any condition' },
            ]}
          />
        </div>
        {conditions.map((c, i) => (
          <ConditionRow
            key={i}
            index={i}
            condition={c}
            behaviours={behaviours}
            onChange={(next) => replace(i, next)}
            onRemove={() => remove(i)}
          />
        ))}
        <div className="inline-form">
          <SelectField
            label="New condition"
            value={nextKind}
            onChange={(e) => setNextKind(e.target.value as ConditionKind)}
            options={conditionKinds}
          />
          <Button onClick={() => setConditions((cs) => [...cs, blankCondition(nextKind)])}>
            Add condition
          </Button>
        </div>
        <details className="raw">
          <summary>Rule as JSON</summary>
          <pre>{JSON.stringify(definition, null, 2)}</pre>
        </details>
        {create.error && <ErrorMessage error={create.error} title="Cohort not created" />}
        <Button
          type="submit"
          variant="primary"
          busy={create.isPending}
          disabled={conditions.length === 0}
        >
          Create cohort
        </Button>
      </form>
    </Card>
  );
}
