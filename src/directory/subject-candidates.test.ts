import { describe, expect, it } from 'vitest';
import { subjectCandidates } from './subject-candidates.js';

describe('subjectCandidates', () => {
  it('tries DOMAIN\\account, then the account name', () => {
    expect(subjectCandidates('corp\\jdoe')).toEqual(['corp\\jdoe', 'jdoe']);
  });

  it('keeps emails, UPNs and object ids as they are', () => {
    expect(subjectCandidates('maria@example.com')).toEqual(['maria@example.com']);
    expect(subjectCandidates('00u1qw1mqitphm8aj0g7')).toEqual(['00u1qw1mqitphm8aj0g7']);
    expect(subjectCandidates('\\odd')).toEqual(['\\odd']);
    expect(subjectCandidates('odd\\')).toEqual(['odd\\']);
  });
});
