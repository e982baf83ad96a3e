import { describe, expect, it } from 'vitest';
import { hostAllowed } from './host-allowlist.js';
import { linkWithRel } from './link-header.js';
import { NetworkPolicy, parseCidr } from './network-policy.js';

describe('NetworkPolicy', () => {
  const strict = new NetworkPolicy();

  it.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fd00::5', 'private'],
    ['0.0.0.0', 'this-network'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'carrier-grade'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
  ])('refuses %s (%s)', (ip, label) => {
    expect(strict.refusal(ip)).toContain(label);
  });

  it.each(['93.184.215.14', '2606:4700::1111', '172.32.0.1', '8.8.8.8'])(
    'allows public %s',
    (ip) => {
      expect(strict.refusal(ip)).toBeUndefined();
    },
  );

  it('lets an operator allow a reserved network, and only that one', () => {
    const policy = new NetworkPolicy(['127.0.0.0/8']);
    expect(policy.refusal('127.0.0.1')).toBeUndefined();
    expect(policy.isAllowedPrivate('127.0.0.1')).toBe(true);
    expect(policy.refusal('::1')).toContain('loopback');
    expect(policy.refusal('10.0.0.1')).toContain('private');
    expect(policy.isAllowedPrivate('8.8.8.8')).toBe(false);
  });

  it('refuses a malformed allow entry', () => {
    expect(() => new NetworkPolicy(['localhost'])).toThrow(/not an IP address/);
    expect(parseCidr('10.0.0.0/33')).toMatch(/at most \/32/);
    expect(parseCidr('::1')).toEqual({ address: '::1', prefix: 128, family: 'ipv6' });
  });
});

describe('hostAllowed', () => {
  it('matches exact names and subdomains of a wildcard, without case', () => {
    const list = ['api.crowdstrike.com', '*.okta.com'];
    expect(hostAllowed('API.CrowdStrike.com', list)).toBe(true);
    expect(hostAllowed('acme.okta.com', list)).toBe(true);
    expect(hostAllowed('okta.com', list)).toBe(false);
    expect(hostAllowed('evil-okta.com', list)).toBe(false);
    expect(hostAllowed('api.crowdstrike.com.evil.test', list)).toBe(false);
  });
});

describe('linkWithRel', () => {
  it('finds the next link among several entries (Okta sends self and next)', () => {
    const header =
      '<https://acme.okta.com/api/v1/logs?limit=2>; rel="self", <https://acme.okta.com/api/v1/logs?after=abc&limit=2>; rel="next"';
    expect(linkWithRel(header, 'next')).toBe('https://acme.okta.com/api/v1/logs?after=abc&limit=2');
    expect(linkWithRel(header, 'prev')).toBeUndefined();
    expect(linkWithRel(undefined, 'next')).toBeUndefined();
  });
});
