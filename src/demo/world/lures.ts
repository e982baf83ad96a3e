import type { TapClassification } from '../formats/proofpoint.js';

export type AttackKind = 'phish' | 'attachment' | 'impostor';

export interface Lure {
  subject: string;
  sender: string;
  url: string;
  filename?: string;
}

/** Real-world lure themes, with sender domains under the reserved `.example` name. */
const LURES: Readonly<Record<AttackKind, readonly Lure[]>> = {
  phish: [
    {
      subject: 'Action required: your mailbox storage is full',
      sender: 'it-support@m365-helpdesk.example',
      url: 'https://m365-helpdesk.example/owa/login',
    },
    {
      subject: 'Shared document: FY budget final.xlsx',
      sender: 'no-reply@sharepoint-docs.example',
      url: 'https://sharepoint-docs.example/s/budget',
    },
    {
      subject: 'Your package could not be delivered',
      sender: 'tracking@parcel-notify.example',
      url: 'https://parcel-notify.example/reschedule',
    },
    {
      subject: 'DocuSign: please review and sign',
      sender: 'dse@docu-sign-secure.example',
      url: 'https://docu-sign-secure.example/envelope',
    },
    {
      subject: 'Unusual sign-in activity on your account',
      sender: 'security@account-verify.example',
      url: 'https://account-verify.example/review',
    },
  ],
  attachment: [
    {
      subject: 'Invoice INV-20931 overdue',
      sender: 'accounts@supplier-billing.example',
      url: 'https://supplier-billing.example/',
      filename: 'INV-20931.xlsm',
    },
    {
      subject: 'CV for the open position',
      sender: 'candidate.jobs@mailbox-free.example',
      url: 'https://mailbox-free.example/',
      filename: 'CV_application.docm',
    },
    {
      subject: 'Purchase order PO-77812',
      sender: 'orders@logistics-partner.example',
      url: 'https://logistics-partner.example/',
      filename: 'PO-77812.iso',
    },
  ],
  impostor: [
    {
      subject: 'Urgent wire transfer before noon',
      sender: 'ceo.office@haldenrowe-corp.example',
      url: 'https://haldenrowe-corp.example/',
    },
    {
      subject: 'Updated bank details for our invoices',
      sender: 'finance@supp1ier-payments.example',
      url: 'https://supp1ier-payments.example/',
    },
    {
      subject: 'Are you at your desk? Need a quick favour',
      sender: 'exec.assistant@haldenrowe-mail.example',
      url: 'https://haldenrowe-mail.example/',
    },
  ],
};

export function luresOf(kind: AttackKind): readonly Lure[] {
  return LURES[kind];
}

export function classificationOf(kind: AttackKind): TapClassification {
  if (kind === 'attachment') return 'malware';
  return kind === 'impostor' ? 'impostor' : 'phish';
}

export const SPAM_LURES: readonly Lure[] = [
  {
    subject: 'Limited offer: 70% off office chairs',
    sender: 'deals@bulk-offers.example',
    url: 'https://bulk-offers.example/',
  },
  {
    subject: 'Webinar: grow your pipeline',
    sender: 'events@marketing-blast.example',
    url: 'https://marketing-blast.example/',
  },
];
