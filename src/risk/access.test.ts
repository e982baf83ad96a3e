import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import {
  ADMIN_ROLE_POINTS,
  FINANCIAL_AUTHORITY_POINTS,
  accessProfile,
  criticalityPoints,
} from './access.js';
import { scopePoints } from './scopes.js';

describe('accessProfile', () => {
  it('scores one entitlement by its criticality, doubled with admin rights', () => {
    expect(accessProfile({ entitlements: [{ resource: 'erp', criticality: 'high' }] }).points).toBe(
      criticalityPoints.high,
    );
    expect(
      accessProfile({ entitlements: [{ resource: 'erp', criticality: 'high', admin: true }] })
        .points,
    ).toBe(2 * criticalityPoints.high);
  });

  it('rank-weights items so that many low grants stay below one critical grant', () => {
    const many = accessProfile({
      entitlements: Array.from({ length: 50 }, (_, i) => ({
        resource: `r${i}`,
        criticality: 'low',
      })),
    });
    const one = accessProfile({ entitlements: [{ resource: 'vault', criticality: 'critical' }] });
    expect(many.points).toBeLessThan(one.points);
  });

  it('lists items largest first, with points that sum to the total', () => {
    const profile = accessProfile({
      entitlements: [{ resource: 'wiki', criticality: 'low' }],
      adminRoles: ['Global Administrator'],
      financialAuthority: true,
    });
    expect(profile.items.map((i) => i.kind)).toEqual([
      'admin-role',
      'financial-authority',
      'entitlement',
    ]);
    expect(profile.items[0]?.points).toBe(ADMIN_ROLE_POINTS);
    expect(profile.items[1]?.points).toBeCloseTo(FINANCIAL_AUTHORITY_POINTS / Math.pow(2, 1.5), 12);
    expect(profile.items.reduce((s, i) => s + i.points, 0)).toBeCloseTo(profile.points, 12);
  });

  it('reports every bad criticality with its path', () => {
    let caught: unknown;
    try {
      accessProfile({
        entitlements: [
          { resource: 'a', criticality: 'extreme' },
          { resource: 'b', criticality: 'low' },
          { resource: 'c', criticality: '' },
        ],
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).problems.map((p) => p.path)).toEqual([
      'entitlements[0].criticality',
      'entitlements[2].criticality',
    ]);
  });

  it('gives an empty profile no points', () => {
    expect(accessProfile({})).toEqual({ points: 0, items: [] });
  });
});

describe('scopePoints', () => {
  it('ranks administering above writing above reading, and tenant-wide above narrow', () => {
    expect(scopePoints('Directory.ReadWrite.All')).toBe(16);
    expect(scopePoints('RoleManagement.Admin')).toBe(20);
    expect(scopePoints('*')).toBe(20);
    expect(scopePoints('Mail.Send')).toBe(8);
    expect(scopePoints('User.Read')).toBe(3);
    expect(scopePoints('User.Read.All')).toBe(6);
    expect(scopePoints('openid')).toBe(2);
  });
});
