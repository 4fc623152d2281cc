// The transport under Octokit (src/github/transport.ts) against real loopback servers: what a request
// sends, what a response shows, redirects, compressed bodies, failures and aborts.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createClient } from '../../src/github/client.ts';
import { createTransport } from '../../src/github/transport.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: Server[] = [];
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
