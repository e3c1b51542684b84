/** The SMTP transport against a minimal SMTP server: delivered when accepted, an error when refused. */
import net from 'node:net';

import { SmtpMailTransport } from './smtp-mail-transport';

interface FakeSmtpServer {
  url: string;
  messages: string[];
  /** Answer the next messages' end of data with this instead of 250. */
  refuseNext: string[];
  close(): Promise<void>;
}

function startFakeSmtp(): Promise<FakeSmtpServer> {
  const messages: string[] = [];
  const refuseNext: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let data = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            const refusal = refuseNext.shift();
            if (refusal) socket.write(`${refusal}\r\n`);
            else {
              messages.push(data);
              socket.write('250 queued\r\n');
            }
            data = '';
          } else data += `${line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') socket.write('250 fake\r\n');
        else if (command === 'DATA') {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (command === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        url: `smtp://127.0.0.1:${port}`,
        messages,
        refuseNext,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

describe('SmtpMailTransport', () => {
  let smtp: FakeSmtpServer;
  let transport: SmtpMailTransport;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    transport = new SmtpMailTransport(smtp.url, 'Klasteris <no-reply@klasteris.test>');
  });
  afterAll(async () => {
    transport.close();
    await smtp.close();
  });

  it('hands the message to the server', async () => {
    await transport.send({ to: 'ona@example.org', subject: 'Sveiki', text: 'Labas' });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]).toContain('To: ona@example.org');
    expect(smtp.messages[0]).toContain('From: Klasteris <no-reply@klasteris.test>');
    expect(smtp.messages[0]).toContain('Subject: Sveiki');
  });

  it('rejects when the server refuses the message', async () => {
    smtp.refuseNext.push('451 try again later');
    await expect(transport.send({ to: 'jonas@example.org', subject: 'Hi', text: 'Hello' })).rejects.toThrow(/451/);
    expect(smtp.messages).toHaveLength(1);
  });
});
