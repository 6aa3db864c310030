import net from 'node:net';
import { HEADERS_TIMEOUT_MS } from '../../../src/app/http-limits.js';
import { freePort } from '../../helpers/free-port.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/** A raw connection and a promise of when the server closes it (with what it sent). */
function connect(port: number): Promise<{ socket: net.Socket; closed: Promise<{ afterMs: number; received: string }> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const opened = Date.now();
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    const closed = new Promise<{ afterMs: number; received: string }>((done) => socket.once('close', () => done({ afterMs: Date.now() - opened, received })));
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

describe('connections hold what is known in advance', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp({ MAX_CONNECTIONS: '20' });
    port = await freePort();
    await t.app.listen({ port, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('closes a connection whose headers never finish', async () => {
    const { socket, closed } = await connect(port);
    socket.write('GET /health HTTP/1.1\r\nHost: x\r\n');
    const { afterMs, received } = await closed;
    // Node answers 408 as it closes; never later than the headers timeout and one check.
    expect(received === '' || received.startsWith('HTTP/1.1 408')).toBe(true);
    expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 5_000);
  }, HEADERS_TIMEOUT_MS + 15_000);

  it('closes connections beyond MAX_CONNECTIONS as they come, and serves again once they go', async () => {
    const held = await Promise.all(Array.from({ length: 20 }, () => connect(port)));
    // Let the server accept all of them before the next one.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const extra = await connect(port);
    extra.socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    const { received } = await extra.closed;
    expect(received).toBe('');
    for (const { socket } of held) socket.destroy();
    await Promise.all(held.map(({ closed }) => closed));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
  });
});
