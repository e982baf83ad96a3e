import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { SamlInput, SamlSetup } from '../../api/sso';
import { samlQuery, serviceProviderQuery, useRemoveSaml, useSaveSaml } from '../../api/sso';
import { formatDate } from '../../app/format';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { SelectField, TextField } from '../../components/Field';
import { ErrorMessage, Loading } from '../../components/Status';

type DefaultRole = NonNullable<SamlInput['defaultRole']>;
/** Roles single sign-on may hand out; never owner or admin. */
const ssoRoles: readonly DefaultRole[] = ['analyst', 'auditor', 'manager', 'employee'];

/** Single sign-on with SAML 2.0: what to register at the IdP, and the IdP's own details. */
export function SsoSection() {
  const setup = useQuery(samlQuery);
  return (
    <>
      <ServiceProviderCard />
      <Card title="SAML identity provider">
        {setup.isPending ? (
          <Loading />
        ) : setup.error ? (
          <ErrorMessage error={setup.error} />
        ) : (
          <SamlForm current={setup.data} />
        )}
      </Card>
    </>
  );
}

function ServiceProviderCard() {
  const sp = useQuery(serviceProviderQuery);
  return (
    <Card title="Register Bulwark at your identity provider">
      {sp.isPending ? (
        <Loading />
      ) : sp.error ? (
        <ErrorMessage error={sp.error} />
      ) : (
        <>
          <TextField
            label="SP entity ID (Audience)"
            hint="Also the address of Bulwark's SAML metadata, for IdPs that import it"
            readOnly
            value={sp.data.entityId}
          />
          <TextField
            label="Assertion Consumer Service URL"
            hint="Single sign-on URL, HTTP-POST binding"
            readOnly
            value={sp.data.acsUrl}
          />
        </>
      )}
    </Card>
  );
}

/** The form keeps what was typed across saves; it starts from the set-up loaded first. */
function SamlForm({ current }: { current: SamlSetup | null }) {
  const save = useSaveSaml();
  const remove = useRemoveSaml();
  const certificateId = useId();
  const [idpEntityId, setIdpEntityId] = useState(current?.idpEntityId ?? '');
  const [ssoUrl, setSsoUrl] = useState(current?.ssoUrl ?? '');
  const [certificate, setCertificate] = useState('');
  const [emailAttribute, setEmailAttribute] = useState(current?.emailAttribute ?? '');
  const [defaultRole, setDefaultRole] = useState<DefaultRole | ''>(current?.defaultRole ?? '');
  const [enabled, setEnabled] = useState(current?.enabled ?? true);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        idpEntityId,
        ssoUrl,
        ...(certificate.trim() ? { certificates: [certificate.trim()] } : {}),
        emailAttribute: emailAttribute.trim() || null,
        defaultRole: defaultRole || null,
        enabled,
      },
      { onSuccess: () => setCertificate('') },
    );
  };

  return (
    <form onSubmit={submit}>
      <TextField
        label="IdP entity ID"
        hint="The Issuer of its assertions, from the IdP's metadata"
        required
        value={idpEntityId}
        onChange={(e) => setIdpEntityId(e.target.value)}
      />
      <TextField
        label="IdP single sign-on URL"
        hint="HTTP-Redirect binding; https://"
        type="url"
        required
        value={ssoUrl}
        onChange={(e) => setSsoUrl(e.target.value)}
      />
      {current && <CurrentCertificates setup={current} />}
      <div className="field">
        <label htmlFor={certificateId}>
          {current ? 'Replace the signing certificate' : 'IdP signing certificate'}
        </label>
        <textarea
          id={certificateId}
          rows={6}
          required={!current}
          aria-describedby={`${certificateId}-hint`}
          value={certificate}
          onChange={(e) => setCertificate(e.target.value)}
        />
        <p id={`${certificateId}-hint`} className="field-hint">
          PEM, or the base64 of the IdP metadata&apos;s X509Certificate
          {current ? '; leave empty to keep the current one' : ''}
        </p>
      </div>
      <TextField
        label="Email attribute"
        hint="Attribute holding the email, e.g. email; empty: the NameID is the email"
        value={emailAttribute}
        onChange={(e) => setEmailAttribute(e.target.value)}
      />
      <SelectField
        label="People who are not members yet"
        value={defaultRole}
        onChange={(e) => setDefaultRole(e.target.value as DefaultRole | '')}
        options={[
          { value: '', label: 'Refuse them' },
          ...ssoRoles.map((r) => ({ value: r, label: `Add them as ${r}` })),
        ]}
      />
      <div className="field">
        <label>
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />{' '}
          Sign-in with SAML enabled
        </label>
      </div>
      <Button type="submit" variant="primary" busy={save.isPending}>
        Save
      </Button>{' '}
      {current && (
        <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate()}>
          Remove SAML
        </Button>
      )}
      {save.error && <ErrorMessage error={save.error} title="Not saved" />}
      {remove.error && <ErrorMessage error={remove.error} title="Not removed" />}
      {save.isSuccess && (
        <p role="status" className="status status-info">
          {save.data.enabled
            ? 'Saved. People can now choose single sign-on on the sign-in page.'
            : 'Saved. Sign-in with SAML is off.'}
        </p>
      )}
    </form>
  );
}

function CurrentCertificates({ setup }: { setup: SamlSetup }) {
  return (
    <div className="field">
      <strong>Current signing certificates</strong>
      <ul>
        {setup.certificates.map((c) => (
          <li key={c.fingerprint}>
            {c.subject}, expires {formatDate(c.notAfter)}
            <br />
            <code>SHA-256 {c.fingerprint}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
