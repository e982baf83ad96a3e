import { describe, expect, it } from 'vitest';
import { automationDetails, automationReason, invalidScannerNetworks } from './automation.js';

const chrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const policy = {
  maxSecondsAfterDelivery: 10,
  scannerNetworks: ['40.92.0.0/15', '2a01:111:f400::/48'],
};

describe('automationReason', () => {
  it('takes a browser click long after delivery from elsewhere as a person’s', () => {
    expect(
      automationReason(
        { userAgent: chrome, ip: '198.51.100.7', secondsAfterDelivery: 600 },
        policy,
      ),
    ).toBeUndefined();
    expect(automationReason({})).toBeUndefined();
  });

  it.each([
    [
      'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0.0.0 Safari/537.36',
      'scanner or link prefetcher',
    ],
    [
      'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
      'scanner or link prefetcher',
    ],
    ['Microsoft Office Existence Discovery', 'scanner or link prefetcher'],
    ['python-requests/2.31.0', 'scanner or link prefetcher'],
    ['SomeLibrary/1.0', 'is not a browser'],
    ['', 'no user agent'],
  ])('marks the user agent %j', (userAgent, reason) => {
    expect(automationReason({ userAgent }, policy)).toContain(reason);
  });

  it('matches IPv4 and IPv6 scanner networks', () => {
    expect(automationReason({ userAgent: chrome, ip: '40.93.12.1' }, policy)).toBe(
      'address 40.93.12.1 is in scanner network 40.92.0.0/15',
    );
    expect(automationReason({ userAgent: chrome, ip: '2a01:111:f400:7e00::1' }, policy)).toContain(
      '2a01:111:f400::/48',
    );
    expect(automationReason({ userAgent: chrome, ip: '40.94.0.1' }, policy)).toBeUndefined();
  });

  it('uses the delivery delay, inclusive of the threshold, and ignores negative delays', () => {
    expect(automationReason({ secondsAfterDelivery: 10 }, policy)).toBe(
      '10 s after delivery (at most 10 s is taken as a scanner)',
    );
    expect(automationReason({ secondsAfterDelivery: 11 }, policy)).toBeUndefined();
    expect(automationReason({ secondsAfterDelivery: -5 }, policy)).toBeUndefined();
  });

  it('joins several reasons and turns them into details', () => {
    const reason = automationReason({ userAgent: 'curl/8.5.0', secondsAfterDelivery: 2 }, policy);
    expect(reason?.split('; ')).toHaveLength(2);
    expect(automationDetails(reason)).toEqual({ automated: true, automatedReason: reason });
    expect(automationDetails(undefined)).toEqual({});
  });

  it('lists scanner networks that are not CIDR blocks', () => {
    expect(
      invalidScannerNetworks({
        maxSecondsAfterDelivery: 10,
        scannerNetworks: ['10.0.0.0/8', '10.0.0.0', '10.0.0.0/33', 'x/1', '::/0'],
      }),
    ).toEqual(['10.0.0.0', '10.0.0.0/33', 'x/1']);
  });
});
