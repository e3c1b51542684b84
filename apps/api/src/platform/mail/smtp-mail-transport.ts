/** Sends through the SMTP server of SMTP_URL (nodemailer), with timeouts so a dead server fails the job. */
import { createTransport, Transporter } from 'nodemailer';

import { MailMessage, MailTransport } from './mail-transport';

export class SmtpMailTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transporter = createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }

  close(): void {
    this.transporter.close();
  }
}
