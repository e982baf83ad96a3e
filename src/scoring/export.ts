import type { AsOfScore } from './as-of.service.js';

/** The columns of `bulwark export risk`, in PRODUCT.md's order. */
export const riskExportColumns = [
  'email',
  'kind',
  'risk',
  'likelihood',
  'behavior',
  'threat',
  'access',
  'level',
] as const;

export type RiskExportRow = Record<(typeof riskExportColumns)[number], string | number>;

const round = (n: number): number => Math.round(n * 100) / 100;

/** One row per identity, riskiest first, figures to two decimals. */
export function exportRows(scores: readonly AsOfScore[]): RiskExportRow[] {
  return [...scores]
    .sort((a, b) => b.risk - a.risk || a.email.localeCompare(b.email))
    .map((s) => ({
      email: s.email,
      kind: s.kind,
      risk: round(s.risk),
      likelihood: round(s.likelihood),
      behavior: round(s.behavior),
      threat: round(s.threat),
      access: round(s.access),
      level: s.level,
    }));
}

/** RFC 4180 CSV with a header line. */
export function riskCsv(rows: readonly RiskExportRow[]): string {
  const cell = (v: string | number): string => {
    const text = String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    riskExportColumns.join(','),
    ...rows.map((r) => riskExportColumns.map((c) => cell(r[c])).join(',')),
  ];
  return `${lines.join('\n')}\n`;
}
