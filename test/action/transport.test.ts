// The transport under Octokit (src/github/transport.ts) against real loopback servers: what a request
// sends, what a response shows, redirects, compressed bodies, failures and aborts.
import assert from 'node:assert/strict';
import { lookup } from 'node:dns';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createClient } from '../../src/github/client.ts';
import { describeFailure } from '../../src/github/errors.ts';
import { boundFetch, createTransport, TRANSPORT_CODES } from '../../src/github/transport.ts';

/** A self-signed certificate for 127.0.0.1 that nothing trusts (test only; test/fixtures/tls/README.md). */
const FIXTURES = join(import.meta.dirname, '../fixtures/tls');

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: (Server | import('node:https').Server)[] = [];
after(() => servers.forEach((s) => s.close()));

/** A loopback server answering with `handler`; every request it saw, with its body. */
async function serve(handler: (req: Seen, res: ServerResponse) => void): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(entry);
      handler(entry, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

test('a POST sends its method, headers and body; the response shows status, lowercase headers and text', async () => {
  const { url, seen } = await serve((_req, res) => {
    res.writeHead(201, 'Created', { 'Content-Type': 'application/json; charset=utf-8', 'X-RateLimit-Remaining': '4999' });
    res.end('{"number":7,"title":"é"}');
  });
  const response = await createTransport()(`${url}/repos/o/r/pulls`, { method: 'POST', headers: { authorization: 'token t', 'content-type': 'application/json' }, body: '{"title":"é"}' });
  assert.equal(response.status, 201);
  assert.equal(response.statusText, 'Created');
  assert.equal(response.url, `${url}/repos/o/r/pulls`);
  assert.equal(response.headers.get('Content-Type'), 'application/json; charset=utf-8');
  assert.deepEqual(
    [...response.headers].filter(([name]) => name.startsWith('x-') || name === 'content-type'),
    [
      ['content-type', 'application/json; charset=utf-8'],
      ['x-ratelimit-remaining', '4999'],
    ],
  );
  assert.deepEqual(await response.json(), { number: 7, title: 'é' });
  assert.equal(seen[0]?.method, 'POST');
  assert.equal(seen[0]?.body, '{"title":"é"}');
  assert.equal(seen[0]?.headers['content-length'], String(Buffer.byteLength('{"title":"é"}')));
  assert.equal(seen[0]?.headers['authorization'], 'token t');
});

test('Octokit over the transport: JSON data on success, a RequestError with the status and GitHub message on 404', async () => {
  const { url } = await serve((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/repos/o/r/issues/1') res.end('{"number":1}');
    else {
      res.statusCode = 404;
      res.end('{"message":"Not Found"}');
    }
  });
  const client = createClient('t', { env: { GITHUB_API_URL: url } });
  const { data } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'o', repo: 'r', issue_number: 1 });
  assert.deepEqual(data, { number: 1 });
  await assert.rejects(client.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'o', repo: 'r', issue_number: 2 }), (error: Error & { status?: number }) => {
    assert.equal(error.status, 404);
    assert.match(error.message, /Not Found/);
    return true;
  });
});

test('redirects are followed; the authorization header never leaves the origin; a 303 after POST becomes a GET', async () => {
  const other = await serve((_req, res) => res.end('elsewhere'));
  const { url, seen } = await serve((req, res) => {
    if (req.url === '/moved') res.writeHead(301, { location: '/here' }).end();
    else if (req.url === '/away') res.writeHead(302, { location: `${other.url}/there` }).end();
    else if (req.url === '/created') res.writeHead(303, { location: '/result' }).end();
    else res.end(`${req.method} ${req.url}`);
  });
  const transport = createTransport();
  const same = await transport(`${url}/moved`, { headers: { authorization: 'token t' } });
  assert.equal(await same.text(), 'GET /here');
  assert.equal(same.url, `${url}/here`);
  assert.equal(same.redirected, true);
  assert.equal(seen.find((s) => s.url === '/here')?.headers['authorization'], 'token t');

  const away = await transport(`${url}/away`, { headers: { authorization: 'token t' } });
  assert.equal(await away.text(), 'elsewhere');
  assert.equal(other.seen[0]?.headers['authorization'], undefined);

  const posted = await transport(`${url}/created`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  assert.equal(await posted.text(), 'GET /result');
  assert.equal(seen.find((s) => s.url === '/result')?.body, '');
});

test('a redirect loop fails after the limit instead of running forever', async () => {
  const { url, seen } = await serve((_req, res) => res.writeHead(307, { location: '/again' }).end());
  await assert.rejects(createTransport({ maxRedirects: 3 })(`${url}/start`), (error: Error) => {
    assert.equal(error.name, 'TypeError');
    assert.match(String((error.cause as Error).message), /more than 3 redirects/);
    return true;
  });
  assert.equal(seen.length, 4);
});

test('a redirect to a Location that is no URL fails as a network failure ("fetch failed"), not a bare TypeError', async () => {
  const { url } = await serve((_req, res) => res.writeHead(302, { location: 'http://[::1' }).end());
  await assert.rejects(createTransport()(url), (error: Error) => {
    assert.equal(error.message, 'fetch failed');
    assert.match(String((error.cause as Error).message), /Invalid URL/);
    return true;
  });
});

test('gzip-encoded bodies are decoded', async () => {
  const { url } = await serve((_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' });
    res.end(gzipSync('{"ok":true}'));
  });
  assert.deepEqual(await (await createTransport()(url)).json(), { ok: true });
});

test('a refused connection is a TypeError "fetch failed" with the network error as cause (what Octokit reports and retries)', async () => {
  const { url } = await serve((_req, res) => res.end());
  const closed = servers.at(-1);
  await new Promise<void>((resolve) => closed?.close(() => resolve()));
  await assert.rejects(createTransport()(url), (error: Error) => {
    assert.equal(error.name, 'TypeError');
    assert.equal(error.message, 'fetch failed');
    assert.equal((error.cause as NodeJS.ErrnoException).code, 'ECONNREFUSED');
    return true;
  });
});

test('a server that never answers times out; an aborted signal rejects with AbortError', async () => {
  const { url } = await serve(() => {
    /* never answers */
  });
  await assert.rejects(createTransport({ timeoutMs: 50 })(url), (error: Error) => {
    assert.equal(error.message, 'fetch failed');
    assert.match((error.cause as Error).message, /no response for 0.05 s/);
    return true;
  });
  const controller = new AbortController();
  const pending = createTransport()(url, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(pending, { name: 'AbortError' });
});

// ---- bounds: a broken or hostile server (or proxy) cannot make a run buffer without end or hang ----

const LIMIT = 64 * 1024;

/** The cause of a "fetch failed" rejection, with its code. */
function causeOf(error: unknown): Error & { code?: string } {
  assert.ok(error instanceof TypeError, String(error));
  assert.equal(error.message, 'fetch failed');
  return error.cause as Error & { code?: string };
}

test('a body larger than the limit, sent without content-length, fails once the limit is passed (not buffered to the end)', { timeout: 10_000 }, async () => {
  let sent = 0;
  let closed = false;
  const { url } = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.on('close', () => (closed = true));
    // Endless: only the client stopping ends it.
    const more = (): void => {
      if (closed) return;
      sent += 16 * 1024;
      if (res.write(Buffer.alloc(16 * 1024, 0x20))) setImmediate(more);
      else res.once('drain', more);
    };
    more();
  });
  await assert.rejects(createTransport({ maxResponseBytes: LIMIT })(url), (error: unknown) => {
    const cause = causeOf(error);
    assert.equal(cause.code, TRANSPORT_CODES.tooLarge);
    assert.equal(cause.message, "the response body is larger than 0.1 MiB (the transport's limit of one response)");
    return true;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(closed, 'the connection was closed');
  assert.ok(sent < 64 * LIMIT, `stopped reading early (the server sent ${sent} bytes)`);
});

test('a declared content-length over the limit fails before the body is read; at the limit it is accepted', { timeout: 10_000 }, async () => {
  const { url } = await serve((req, res) => {
    const size = req.url === '/big' ? LIMIT + 1 : LIMIT;
    res.writeHead(200, { 'content-length': String(size) });
    res.end(Buffer.alloc(size, 0x61));
  });
  const transport = createTransport({ maxResponseBytes: LIMIT });
  assert.equal((await (await transport(`${url}/ok`)).text()).length, LIMIT);
  await assert.rejects(transport(`${url}/big`), (error: unknown) => {
    const cause = causeOf(error);
    assert.equal(cause.code, TRANSPORT_CODES.tooLarge);
    assert.match(cause.message, /^the response body \(content-length 65537 bytes\) is larger than 0\.1 MiB/);
    return true;
  });
});

test('a compressed body that decodes past the limit fails (a small gzip or br bomb is not expanded without bound)', { timeout: 10_000 }, async () => {
  const bomb = { gzip: gzipSync(Buffer.alloc(4 * LIMIT)), br: brotliCompressSync(Buffer.alloc(4 * LIMIT)) };
  const { url } = await serve((req, res) => {
    const coding = req.url === '/br' ? 'br' : 'gzip';
    res.writeHead(200, { 'content-encoding': coding });
    res.end(bomb[coding]);
  });
  for (const coding of ['gzip', 'br']) {
    await assert.rejects(createTransport({ maxResponseBytes: LIMIT })(`${url}/${coding}`), (error: unknown) => {
      const cause = causeOf(error);
      assert.equal(cause.code, TRANSPORT_CODES.tooLarge);
      assert.match(cause.message, /^the decoded response body is larger than 0\.1 MiB/);
      return true;
    });
  }
  // The same bodies within the limit decode.
  assert.equal((await (await createTransport({ maxResponseBytes: 4 * LIMIT })(`${url}/br`)).arrayBuffer()).byteLength, 4 * LIMIT);
});

test('the transport asks for no compression (no accept-encoding)', { timeout: 10_000 }, async () => {
  const { url, seen } = await serve((_req, res) => res.end('{}'));
  await createTransport()(url);
  assert.equal(seen[0]?.headers['accept-encoding'], undefined);
});

test('a server that trickles its answer (never idle long enough for the idle timeout) fails at the deadline', { timeout: 10_000 }, async () => {
  const { url } = await serve((_req, res) => {
    res.writeHead(200);
    const tick = setInterval(() => (res.writableEnded ? clearInterval(tick) : res.write(' ')), 10);
    res.on('close', () => clearInterval(tick));
  });
  const started = Date.now();
  await assert.rejects(createTransport({ timeoutMs: 1_000, deadlineMs: 200 })(url), (error: unknown) => {
    const cause = causeOf(error);
    assert.equal(cause.code, TRANSPORT_CODES.deadline);
    assert.equal(cause.message, "no complete response within 0.2 s (the transport's deadline of one request)");
    return true;
  });
  assert.ok(Date.now() - started < 1_000, 'failed at the deadline, before the idle timeout');
});

test('the deadline covers the whole call, redirects included', { timeout: 10_000 }, async () => {
  const { url, seen } = await serve((_req, res) => setTimeout(() => res.writeHead(307, { location: '/again' }).end(), 60));
  await assert.rejects(createTransport({ deadlineMs: 200 })(`${url}/start`), (error: unknown) => {
    assert.equal(causeOf(error).code, TRANSPORT_CODES.deadline);
    return true;
  });
  assert.ok(seen.length <= 4, `${seen.length} requests within the deadline`);
});

// ---- what the client retries: a retry must be able to help ----

/** A client against `url` whose sleeps are recorded, not slept. */
function clientFor(url: string, transport?: { deadlineMs?: number; maxResponseBytes?: number }) {
  const slept: number[] = [];
  const logged: string[] = [];
  const client = createClient('t', { env: { GITHUB_API_URL: url }, log: (m) => logged.push(m), sleep: async (ms) => void slept.push(ms), ...(transport ? { transport } : {}) });
  return { client, slept, logged };
}

test('client: a deadline is a network failure, retried with backoff (1 s, 4 s, 9 s) and then reported with its cause', { timeout: 10_000 }, async () => {
  const { url, seen } = await serve(() => {
    /* never answers */
  });
  const { client, slept, logged } = clientFor(url, { deadlineMs: 50 });
  await assert.rejects(client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }), (error: Error & { status?: number }) => {
    assert.equal(error.status, 500);
    assert.match(error.message, /no complete response within 0\.05 s/);
    return true;
  });
  assert.deepEqual(slept, [1000, 4000, 9000]);
  assert.equal(seen.length, 4);
  assert.match(logged.join('\n'), /network error on GET \/repos\/\{owner\}\/\{repo\}: retrying in 1s/);
});

test('client: a reset connection is retried; the retry succeeds', { timeout: 10_000 }, async () => {
  let n = 0;
  const { url } = await serve((_req, res) => {
    if (n++ === 0) res.socket?.destroy();
    else res.setHeader('content-type', 'application/json').end('{"ok":true}');
  });
  const { client, slept } = clientFor(url);
  const { data } = await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' });
  assert.deepEqual(data, { ok: true });
  assert.deepEqual(slept, [1000]);
});

test('client: an oversized answer is not retried', { timeout: 10_000 }, async () => {
  const { url, seen } = await serve((_req, res) => res.setHeader('content-type', 'application/json').end(`{"message":"${'x'.repeat(LIMIT)}"}`));
  const { client, slept, logged } = clientFor(url, { maxResponseBytes: LIMIT });
  await assert.rejects(client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }), /larger than 0\.1 MiB/);
  assert.equal(seen.length, 1);
  assert.deepEqual(slept, []);
  assert.match(logged.join('\n'), /network error on GET \/repos\/\{owner\}\/\{repo\}: giving up \(WACRG_RESPONSE_TOO_LARGE: the answer is larger than the limit of one response, a retry cannot help\)/);
});

test('client: a refused connection is not retried', { timeout: 10_000 }, async () => {
  const { url } = await serve((_req, res) => res.end());
  const closed = servers.at(-1);
  await new Promise<void>((resolve) => closed?.close(() => resolve()));
  const { client, slept, logged } = clientFor(url);
  await assert.rejects(client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }), /ECONNREFUSED/);
  assert.deepEqual(slept, [], 'no wait');
  assert.match(logged.join('\n'), /giving up \(ECONNREFUSED: the connection was refused, a retry cannot help\)/);
});

test('client: a DNS answer that the name does not exist is not retried; a resolver that cannot answer (EAI_AGAIN) is', { timeout: 20_000 }, async () => {
  // .invalid never resolves (RFC 6761 §6.4). What this machine's resolver says of a name that cannot exist: ENOTFOUND, or EAI_AGAIN without DNS.
  const code = await new Promise<string>((resolve) => lookup('api.github.invalid', (error) => resolve(error?.code ?? 'resolved')));
  assert.ok(code === 'ENOTFOUND' || code === 'EAI_AGAIN', code);
  const { client, slept, logged } = clientFor('http://api.github.invalid');
  await assert.rejects(client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }), new RegExp(code));
  if (code === 'ENOTFOUND') {
    assert.deepEqual(slept, []);
    assert.match(logged.join('\n'), /giving up \(ENOTFOUND: the host name does not resolve, a retry cannot help\)/);
  } else assert.deepEqual(slept, [1000, 4000, 9000]);
});

test('client: a server certificate that is not trusted is not retried', { timeout: 10_000 }, async () => {
  const server = createHttpsServer({ key: readFileSync(join(FIXTURES, 'key.pem')), cert: readFileSync(join(FIXTURES, 'cert.pem')) }, (_req, res) => res.end('{}'));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { client, slept, logged } = clientFor(`https://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const error = await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).then(
    () => assert.fail('a self-signed certificate was trusted'),
    (e: unknown) => e,
  );
  assert.deepEqual(slept, []);
  assert.match(logged.join('\n'), /giving up \(DEPTH_ZERO_SELF_SIGNED_CERT: the server's TLS certificate was refused, a retry cannot help\)/);
  // The message a maintainer reads: one line, the code, what to change.
  const message = describeFailure(error, { what: 'reading the repository', permission: 'contents: read' });
  // Node's own text of the error varies by version (Node 24 adds a hint): matched around it.
  assert.match(
    message,
    /^reading the repository failed: self-signed certificate[^\n]*, not retried \(DEPTH_ZERO_SELF_SIGNED_CERT: the server's TLS certificate was refused, a retry cannot help\)\. If a proxy inspects TLS, give Node its CA certificate \(NODE_EXTRA_CA_CERTS\); otherwise check GITHUB_API_URL, then re-run the job\.$/,
  );
});

// ---- the same bounds around the toolkit's proxy-aware fetch (a runner behind a proxy) ----

test('boundFetch around a fetch: a trickled answer fails at the deadline; an endless body at the size limit', { timeout: 10_000 }, async () => {
  const { url } = await serve((req, res) => {
    res.writeHead(200);
    const tick = setInterval(() => (res.writableEnded ? clearInterval(tick) : res.write(req.url === '/big' ? Buffer.alloc(16 * 1024, 0x20) : ' ')), req.url === '/big' ? 1 : 10);
    res.on('close', () => clearInterval(tick));
  });
  const bounded = boundFetch((u, init) => fetch(u, init), { deadlineMs: 200, maxResponseBytes: LIMIT });
  await assert.rejects(bounded(`${url}/slow`), (error: unknown) => {
    const cause = causeOf(error);
    assert.equal(cause.code, TRANSPORT_CODES.deadline);
    assert.equal(cause.message, "no complete response within 0.2 s (the transport's deadline of one request)");
    return true;
  });
  await assert.rejects(bounded(`${url}/big`), (error: unknown) => {
    const cause = causeOf(error);
    assert.equal(cause.code, TRANSPORT_CODES.tooLarge);
    assert.equal(cause.message, "the response body is larger than 0.1 MiB (the transport's limit of one response)");
    return true;
  });
});

test('boundFetch: an answer within the bounds reads as from the transport (status, headers, url, body); the caller\'s abort stays an AbortError', { timeout: 10_000 }, async () => {
  const { url } = await serve((req, res) => {
    if (req.url === '/never') return;
    res.writeHead(201, { 'content-type': 'application/json', 'x-ratelimit-remaining': '9' }).end('{"ok":true}');
  });
  const bounded = boundFetch((u, init) => fetch(u, init));
  const response = await bounded(`${url}/x`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  assert.equal(response.status, 201);
  assert.equal(response.url, `${url}/x`);
  assert.equal(response.headers.get('x-ratelimit-remaining'), '9');
  assert.deepEqual(await response.json(), { ok: true });
  const controller = new AbortController();
  const pending = bounded(`${url}/never`, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(pending, { name: 'AbortError' });
});

test('client with a proxy configured: the toolkit fetch runs within the same deadline (retried) and size limit (not retried)', { timeout: 20_000 }, async () => {
  const { url, seen } = await serve((req, res) => {
    if (req.url?.endsWith('/slow')) return;
    res.setHeader('content-type', 'application/json').end(`{"message":"${'x'.repeat(LIMIT)}"}`);
  });
  // Nothing listens on port 9; loopback is not sent through the proxy (the toolkit's no_proxy rule).
  const env = { GITHUB_API_URL: url, https_proxy: 'http://127.0.0.1:9', http_proxy: 'http://127.0.0.1:9' };
  const slept: number[] = [];
  // First the size limit, with a deadline a busy machine meets when it loads the toolkit's fetch
  // (npm undici) and reads 0.1 MiB: a first attempt that ran out of time would be retried, as it
  // should be, and hide what this checks (an oversized answer is not retried).
  const roomy = createClient('t', { env, sleep: async (ms) => void slept.push(ms), transport: { deadlineMs: 30_000, maxResponseBytes: LIMIT } });
  await assert.rejects(roomy.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }), /larger than 0\.1 MiB/);
  assert.equal(slept.length, 0, 'not retried'); // (deepEqual with [] would narrow slept to never[])
  assert.equal(seen.length, 1, 'asked once');
  // Then the deadline (the toolkit's fetch is loaded by now): each attempt ends at 0.1 s, and is retried.
  const client = createClient('t', { env, sleep: async (ms) => void slept.push(ms), transport: { deadlineMs: 100, maxResponseBytes: LIMIT } });
  await assert.rejects(client.request('GET /repos/{owner}/{repo}/slow', { owner: 'o', repo: 'r' }), /no complete response within 0\.1 s/);
  assert.deepEqual(slept, [1000, 4000, 9000]);
  assert.equal(seen.length, 5, 'asked 4 times');
});
