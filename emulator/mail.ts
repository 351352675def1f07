// MailApp: sends nothing, records every message, and counts recipients against the daily quota.
// https://developers.google.com/apps-script/reference/mail/mail-app
import { SERVICE_NAME } from './counter';
import type { Runtime } from './runtime';
import type { SentMail } from './state';

export interface MailState {
  sent: SentMail[];
  quotaLeft: number;
  quota: number;
}

interface MailMessage {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  inlineImages?: Record<string, unknown>;
}

/** Recipients of a comma-separated address list; the quota counts each one (To + Cc + Bcc). */
function addresses(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

export class MailApp {
  readonly [SERVICE_NAME] = 'MailApp';

  constructor(
    private readonly state: MailState,
    private readonly runtime: Runtime,
  ) {}

  /** sendEmail(message) or sendEmail(recipient, subject, body[, options]). */
  sendEmail(
    messageOrRecipient: MailMessage | string,
    subject?: string,
    body?: string,
    options?: MailMessage,
  ): void {
    const message: MailMessage =
      typeof messageOrRecipient === 'string'
        ? { ...options, to: messageOrRecipient, subject, body }
        : messageOrRecipient;
    const recipients = [message.to, message.cc, message.bcc].flatMap(addresses).length;
    if (recipients === 0) throw new Error('Failed to send email: no recipient');
    if (recipients > this.state.quotaLeft)
      throw new Error('Service invoked too many times for one day: email.');
    this.state.quotaLeft -= recipients;
    this.state.sent.push({
      to: message.to ?? '',
      cc: message.cc ?? '',
      bcc: message.bcc ?? '',
      subject: message.subject ?? '',
      body: message.body ?? '',
      htmlBody: message.htmlBody ?? null,
      name: message.name ?? null,
      replyTo: message.replyTo ?? null,
      inlineImages: Object.keys(message.inlineImages ?? {}),
      sentAt: this.runtime.clock.now().toISOString(),
    });
  }

  getRemainingDailyQuota(): number {
    return this.state.quotaLeft;
  }
}

/** What tests see of the mail: the sent messages and the quota, which they may set or reset to a new day. */
export function mailControls(state: MailState) {
  return {
    sent: state.sent,
    quotaLeft: () => state.quotaLeft,
    setQuota: (quota: number) => {
      state.quota = quota;
      state.quotaLeft = quota;
    },
    resetDay: () => {
      state.quotaLeft = state.quota;
    },
  };
}
