import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where mail goes: SMTP in production, a recorder in tests. */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
}

/** Sends through the SMTP server of BULWARK_SMTP_URL (smtp:// or smtps://). */
export function smtpSender(url: string, from: string): MailSender {
  const transport = nodemailer.createTransport(url);
  return {
    send: async (message) => {
      await transport.sendMail({ from, ...message });
    },
  };
}

/** Keeps every message instead of sending it, for tests. */
export class RecordingMailSender implements MailSender {
  readonly sent: MailMessage[] = [];

  send(message: MailMessage): Promise<void> {
    this.sent.push(message);
    return Promise.resolve();
  }
}
