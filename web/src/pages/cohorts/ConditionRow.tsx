import type { Behaviour } from '../../api/catalog';
import { levels } from '../../api/risk';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import type { Condition, ConditionKind } from './rule';
import { attributes, blankCondition, categories, scoreNames } from './rule';

export const conditionKinds: readonly { value: ConditionKind; label: string }[] = [
  { value: 'attribute', label: 'Directory attribute' },
  { value: 'score', label: 'Score' },
  { value: 'level', label: 'Risk level' },
  { value: 'percentile', label: 'Percentile' },
  { value: 'behaviour', label: 'Behaviour count' },
  { value: 'category', label: 'Category count' },
];

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

interface ConditionRowProps {
  index: number;
  condition: Condition;
  behaviours: readonly Behaviour[];
  onChange: (next: Condition) => void;
  onRemove: () => void;
}

/** One condition of the builder; every control is labelled with the condition's number. */
export function ConditionRow({
  index,
  condition,
  behaviours,
  onChange,
  onRemove,
}: ConditionRowProps) {
  const n = index + 1;
  return (
    <fieldset className="condition">
      <legend>Condition {n}</legend>
      <SelectField
        label="Kind"
        value={condition.kind}
        onChange={(e) => onChange(blankCondition(e.target.value as ConditionKind))}
        options={conditionKinds}
      />
      <ConditionFields condition={condition} behaviours={behaviours} onChange={onChange} />
      <Button variant="link" onClick={onRemove} aria-label={`Remove condition ${n}`}>
        Remove
      </Button>
    </fieldset>
  );
}

interface FieldsProps {
  condition: Condition;
  behaviours: readonly Behaviour[];
  onChange: (next: Condition) => void;
}

function ConditionFields({ condition: c, behaviours, onChange }: FieldsProps) {
  switch (c.kind) {
    case 'attribute':
      return (
        <>
          <SelectField
            label="Attribute"
            value={c.attribute}
            onChange={(e) => onChange({ ...c, attribute: e.target.value })}
            options={options(attributes)}
          />
          <SelectField
            label="Test"
            value={c.op}
            onChange={(e) => onChange({ ...c, op: e.target.value as typeof c.op })}
            options={[
              { value: 'equals', label: 'is' },
              { value: 'contains', label: 'contains' },
              { value: 'in', label: 'is one of (comma-separated)' },
            ]}
          />
          <TextField
            label="Value"
            required
            value={c.value}
            onChange={(e) => onChange({ ...c, value: e.target.value })}
          />
        </>
      );
    case 'score':
      return (
        <>
          <SelectField
            label="Score"
            value={c.score}
            onChange={(e) => onChange({ ...c, score: e.target.value })}
            options={options(scoreNames)}
          />
          <Range min={c.min} max={c.max} onChange={(r) => onChange({ ...c, ...r })} />
        </>
      );
    case 'level':
      return (
        <fieldset className="checks">
          <legend>Levels</legend>
          {levels.map((l) => (
            <label key={l}>
              <input
                type="checkbox"
                checked={c.levels.includes(l)}
                onChange={(e) =>
                  onChange({
                    ...c,
                    levels: e.target.checked ? [...c.levels, l] : c.levels.filter((x) => x !== l),
                  })
                }
              />{' '}
              {l}
            </label>
          ))}
        </fieldset>
      );
    case 'percentile':
      return <Range min={c.min} max={c.max} onChange={(r) => onChange({ ...c, ...r })} />;
    case 'behaviour':
      return (
        <>
          <SelectField
            label="Behaviour"
            value={c.behaviour}
            onChange={(e) => onChange({ ...c, behaviour: e.target.value })}
            options={[
              { value: '', label: 'Choose…' },
              ...behaviours.map((b) => ({ value: b.type, label: b.title })),
            ]}
          />
          <Range min={c.min} max={c.max} onChange={(r) => onChange({ ...c, ...r })} />
          <TextField
            label="Within days"
            type="number"
            min={1}
            value={c.withinDays}
            onChange={(e) => onChange({ ...c, withinDays: e.target.value })}
          />
        </>
      );
    case 'category':
      return (
        <>
          <SelectField
            label="Category"
            value={c.category}
            onChange={(e) => onChange({ ...c, category: e.target.value })}
            options={options(categories)}
          />
          <Range min={c.min} max={c.max} onChange={(r) => onChange({ ...c, ...r })} />
          <TextField
            label="Within days"
            type="number"
            min={1}
            value={c.withinDays}
            onChange={(e) => onChange({ ...c, withinDays: e.target.value })}
          />
        </>
      );
  }
}

function Range({
  min,
  max,
  onChange,
}: {
  min: string;
  max: string;
  onChange: (r: { min: string; max: string }) => void;
}) {
  return (
    <>
      <TextField
        label="At least"
        type="number"
        value={min}
        onChange={(e) => onChange({ min: e.target.value, max })}
      />
      <TextField
        label="At most"
        type="number"
        value={max}
        onChange={(e) => onChange({ min, max: e.target.value })}
      />
    </>
  );
}
