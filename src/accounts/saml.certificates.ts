import { X509Certificate } from 'node:crypto';

export interface CertificateInfo {
  pem: string;
  /** SHA-256 fingerprint, as IdP consoles show it. */
  fingerprint: string;
  subject: string;
  notAfter: number;
}

/**
 * Reads an X.509 certificate given as PEM or as the bare base64 of an IdP's metadata
 * (`<ds:X509Certificate>`). Returns why it is not usable as a string.
 */
export function readCertificate(text: string): CertificateInfo | string {
  const body = text.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return 'is not a PEM or base64 X.509 certificate';
  const pem = `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----\n`;
  try {
    const cert = new X509Certificate(pem);
    return {
      pem,
      fingerprint: cert.fingerprint256,
      subject: cert.subject.replace(/\n/g, ', '),
      notAfter: Date.parse(cert.validTo),
    };
  } catch {
    return 'is not a valid X.509 certificate';
  }
}

/** Every certificate read, or every problem with where it is. */
export function readCertificates(
  texts: readonly string[],
  path: string,
): { certificates: CertificateInfo[] } | { problems: { path: string; message: string }[] } {
  const read = texts.map((t) => readCertificate(t));
  const problems = read.flatMap((r, i) =>
    typeof r === 'string' ? [{ path: `${path}[${i}]`, message: r }] : [],
  );
  if (problems.length > 0) return { problems };
  return { certificates: read.filter((r): r is CertificateInfo => typeof r !== 'string') };
}
