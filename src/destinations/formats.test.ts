import { describe, expect, it } from 'vitest';
import { escapeExtension, escapeHeader } from './cef.js';
import { scrubbed } from './delivery.js';
import { defaultOutboxPolicy, nextAttempt } from './outbox-policy.js';
import { feedSteps } from './risk-feed.js';
import { octetCounted, rfc5424 } from './syslog-frame.js';

describe('CEF escaping', () => {
  it('escapes backslash and pipe in the header, backslash, equals and line breaks in extensions', () => {
    expect(escapeHeader('a|b\\c=d')).toBe('a\\|b\\\\c=d');
    expect(escapeExtension('a|b\\c=d\r\ne\rf')).toBe('a|b\\\\c\\=d\\ne\\rf');
  });
});

describe('RFC 5424 framing', () => {
  it('computes PRI, keeps header fields printable and bounded, and counts octets in bytes', () => {
    const m = rfc5424(
      {
        facility: 13,
        level: 'critical',
        time: Date.UTC(2026, 0, 2, 3, 4, 5, 6),
        hostname: 'my host',
        appName: 'x'.repeat(60),
        msgId: '',
      },
      'CEF:0|é',
    );
    expect(m).toBe(`<106>1 2026-01-02T03:04:05.006Z myhost ${'x'.repeat(48)} - - - CEF:0|é`);
    expect(octetCounted('é').toString()).toBe('2 é');
  });
});

describe('feed steps', () => {
  const wants = { levelChanges: true, membership: false, compromises: false };
  const diff = (told: string | null, level: string | null, toldMeets = false) => ({
    identityId: 'i',
    told: told as never,
    level: level as never,
    toldMeets,
  });

  it('sends moves that touch the minimum and records the others silently', () => {
    const steps = feedSteps(
      [
        diff(null, 'low'),
        diff('low', 'medium'),
        diff('medium', 'high'),
        diff('high', 'critical', true),
        diff('critical', 'low', true),
        diff('high', null, true),
      ],
      'high',
      wants,
    );
    expect(steps.map((s) => [s.send, s.meets])).toEqual([
      [false, false],
      [false, false],
      [true, true],
      [true, true],
      [true, false],
      [true, false],
    ]);
  });

  it('sends a change of standing alone only to receivers that keep a membership', () => {
    const standing = [diff('medium', 'medium', false)];
    expect(feedSteps(standing, 'medium', wants)[0]?.send).toBe(false);
    expect(feedSteps(standing, 'medium', { ...wants, membership: true })[0]).toMatchObject({
      send: true,
      meets: true,
      previousLevel: 'medium',
      level: 'medium',
    });
  });
});

describe('outbox retry policy', () => {
  const p = { ...defaultOutboxPolicy, maxAttempts: 5, maxAgeMs: 3600_000 };

  it('backs off exponentially with jitter, honours Retry-After, and gives up by attempts or age', () => {
    expect(nextAttempt(p, 1, 0, 0, () => 0.5)).toEqual({ dead: false, at: 2_500 });
    expect(nextAttempt(p, 3, 0, 0, () => 0.5)).toEqual({ dead: false, at: 10_000 });
    expect(nextAttempt(p, 1, 0, 0, () => 0)).toEqual({ dead: false, at: p.minDelayMs });
    expect(nextAttempt(p, 1, 0, 0, () => 0.5, 90_000)).toEqual({ dead: false, at: 90_000 });
    expect(nextAttempt(p, 5, 0, 0, () => 0.5)).toEqual({ dead: true });
    expect(nextAttempt(p, 1, 0, 3599_000, () => 0.5)).toEqual({ dead: true });
  });
});

describe('errors kept from receivers', () => {
  it('never keep a credential, even when the receiver echoes the request', () => {
    const echoed =
      'Splunk HEC: splunk.example.com answered HTTP 400: {"headers":{"authorization":"Splunk 6e1c2f0a-1b2c-4d5e-8f90-a1b2c3d4e5f6"},"secret":"my-webhook-secret"}';
    const clean = scrubbed(echoed, {
      token: '6e1c2f0a-1b2c-4d5e-8f90-a1b2c3d4e5f6',
      secret: 'my-webhook-secret',
    });
    expect(clean).toBe(
      'Splunk HEC: splunk.example.com answered HTTP 400: {"headers":{"authorization":"Splunk [redacted]"},"secret":"[redacted]"}',
    );
    expect(scrubbed('Okta: x answered HTTP 401: Bearer eyJhbGciOiJSUzI1NiJ9.abc', {})).toBe(
      'Okta: x answered HTTP 401: Bearer [redacted]',
    );
  });
});
