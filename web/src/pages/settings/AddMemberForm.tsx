import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PersonRole } from '../../api/users';
import { personRoles, useAddMember } from '../../api/users';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { SelectField, TextField } from '../../components/Field';
import { ErrorMessage } from '../../components/Status';

/** Adds a person to the tenant; managers and employees are linked to their directory identity. */
export function AddMemberForm() {
  const add = useAddMember();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<PersonRole>('analyst');
  const [subject, setSubject] = useState('');
  const needsSubject = role === 'manager' || role === 'employee';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { email, role, ...(name ? { name } : {}), ...(needsSubject && subject ? { subject } : {}) },
      { onSuccess: () => (setEmail(''), setName(''), setSubject('')) },
    );
  };

  return (
    <Card title="Add a member">
      <form className="inline-form" onSubmit={submit}>
        <TextField
          label="Email"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} />
        <SelectField
          label="Role"
          value={role}
          onChange={(e) => setRole(e.target.value as PersonRole)}
          options={personRoles.map((r) => ({ value: r, label: r }))}
        />
        {needsSubject && (
          <TextField
            label="Directory identity"
            hint="Email or id of this person in the directory"
            required
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
          />
        )}
        <Button type="submit" variant="primary" busy={add.isPending}>
          Add member
        </Button>
      </form>
      {add.error && <ErrorMessage error={add.error} title="Not added" />}
      {add.data && (
        <p role="status" className="status status-info">
          {add.data.email} is now {add.data.role === 'admin' ? 'an' : 'a'} {add.data.role}.
        </p>
      )}
    </Card>
  );
}
