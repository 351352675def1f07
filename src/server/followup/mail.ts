// Sends one digest with MailApp and says what happened: sent, queued (the day's quota ran out) or failed.
import type { Digest, Outcome } from '../../core/followup';

/** The error MailApp throws past the daily recipients quota: what it could not send waits for the next run. */
const QUOTA_ERROR = /too many times for one day|quota/i;

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** To and Cc as MailApp takes them, and as the preview shows them. */
export function addressList(addresses: string[]): string {
  return addresses.join(', ');
}

/** The progress chart goes inline (cid:progress) only into a digest whose HTML shows it. */
export function sendDigest(
  mailApp: GoogleAppsScript.Mail.MailApp,
  digest: Digest,
  progressImage: GoogleAppsScript.Base.Blob | null = null,
): Outcome {
  try {
    mailApp.sendEmail({
      to: addressList(digest.recipient.to),
      cc: addressList(digest.recipient.cc),
      subject: digest.subject,
      body: digest.body,
      htmlBody: digest.htmlBody,
      ...(digest.progressImage && progressImage ? { inlineImages: { progress: progressImage } } : {}),
    });
    return { kind: 'sent' };
  } catch (error) {
    const message = messageOf(error);
    return QUOTA_ERROR.test(message) ? { kind: 'queued' } : { kind: 'failed', message };
  }
}
