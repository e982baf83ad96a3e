/**
 * Simulation templates rated on the NIST Phish Scale. Expected click rates per difficulty
 * (CybSafe, citing NIST's 2020 Phish Scale paper): least difficult under 10 %, moderately difficult
 * 11.6–18 %, very difficult 19 % and more. `factor` scales a person's click probability so that
 * the organisation's rates fall in those bands.
 */
export type Difficulty = 'least' | 'moderate' | 'very';

export const DIFFICULTY_FACTOR: Readonly<Record<Difficulty, number>> = {
  least: 0.5,
  moderate: 0.8,
  very: 1.22,
};

export interface Template {
  id: number;
  name: string;
  subject: string;
  sender: string;
  difficulty: Difficulty;
  /** What failing means: a link and a form, an attachment, or a QR code. */
  kind: 'credential' | 'attachment' | 'qr';
}

export const GOPHISH_TEMPLATES: readonly Template[] = [
  {
    id: 1,
    name: 'Mailbox full',
    subject: 'Your mailbox is almost full',
    sender: 'it-helpdesk@haldenrowe-it.example',
    difficulty: 'least',
    kind: 'credential',
  },
  {
    id: 2,
    name: 'Shared budget',
    subject: 'Shared with you: FY budget final.xlsx',
    sender: 'sharepoint@hr-docs.example',
    difficulty: 'moderate',
    kind: 'credential',
  },
  {
    id: 3,
    name: 'Remote-work policy',
    subject: 'Revised remote-work and holiday policy',
    sender: 'people-team@haldenrowe-hr.example',
    difficulty: 'very',
    kind: 'credential',
  },
  {
    id: 4,
    name: 'Parcel redelivery',
    subject: 'We missed you: reschedule your delivery',
    sender: 'noreply@parcel-track.example',
    difficulty: 'least',
    kind: 'credential',
  },
  {
    id: 5,
    name: 'Payroll update',
    subject: 'Action needed: confirm your payroll details',
    sender: 'payroll@haldenrowe-pay.example',
    difficulty: 'very',
    kind: 'credential',
  },
  {
    id: 6,
    name: 'Signature request',
    subject: 'Please DocuSign: supplier agreement',
    sender: 'dse@docusign-mail.example',
    difficulty: 'moderate',
    kind: 'credential',
  },
];

export const KNOWBE4_TEMPLATES: readonly Template[] = [
  {
    id: 2,
    name: 'Your Amazon Order',
    subject: 'Your order has shipped',
    sender: 'ship-confirm@amazon-orders.example',
    difficulty: 'least',
    kind: 'credential',
  },
  {
    id: 4117,
    name: 'Overdue Invoice (attachment)',
    subject: 'Invoice 4471 is overdue',
    sender: 'billing@vendor-invoices.example',
    difficulty: 'moderate',
    kind: 'attachment',
  },
  {
    id: 5230,
    name: 'Bonus Letter (QR code)',
    subject: 'Scan to view your bonus letter',
    sender: 'hr@haldenrowe-benefits.example',
    difficulty: 'very',
    kind: 'qr',
  },
];
