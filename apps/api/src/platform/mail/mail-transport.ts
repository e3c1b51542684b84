/**
 * How an e-mail leaves Klasteris: through SMTP when SMTP_URL is set,
 * otherwise into the outbox under DATA_DIR. Jobs depend on this abstract
 * class only, so a test can swap or wrap the transport.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export abstract class MailTransport {
  /** Resolves once the message is accepted (by the server, or written); rejects otherwise. */
  abstract send(message: MailMessage): Promise<void>;
}
