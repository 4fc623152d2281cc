// The checker must catch what it claims to catch, or "zero violations" in the e2e tests means nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRequest, convertSchema } from './openapi-check.mjs';

const q = (s = '') => new URLSearchParams(s);
const SHA = 'a'.repeat(40);

test('valid requests of the action pass, with templates and decoded parameters', () => {
  const ref = checkRequest('PATCH', '/repos/o/r/git/refs/heads%2Fcapture%2Fissue-4', q(), { sha: SHA, force: false });
  assert.deepEqual(ref.problems, []);
  assert.equal(ref.template, '/repos/{owner}/{repo}/git/refs/{ref}');
  assert.equal(ref.params['ref'], 'heads/capture/issue-4');
  assert.deepEqual(checkRequest('GET', '/repos/o/r/pulls', q('head=o%3Acapture%2Fissue-4&base=main&state=open&per_page=10'), undefined).problems, []);
  assert.deepEqual(checkRequest('POST', '/repos/o/r/issues/3/labels', q(), { labels: ['type/stanza-capture'] }).problems, []);
  assert.equal(checkRequest('DELETE', '/repos/o/r/issues/comments/12', q(), undefined).template, '/repos/{owner}/{repo}/issues/comments/{comment_id}');
});

test('unknown operations, wrong methods and undeclared query parameters are violations', () => {
  assert.equal(checkRequest('GET', '/repos/o/r/nothing-here', q(), undefined).template, null);
  assert.equal(checkRequest('PUT', '/repos/o/r/git/trees', q(), {}).template, null);
  assert.match(checkRequest('GET', '/repos/o/r/pulls', q('status=open'), undefined).problems.join(), /status is not declared/);
  assert.match(checkRequest('GET', '/repos/o/r/pulls', q('state=opened'), undefined).problems.join(), /state/);
  assert.match(checkRequest('GET', '/repos/o/r/issues/abc', q(), undefined).problems.join(), /issue_number/);
});

test('request bodies are validated against the operation schema', () => {
  const missing = checkRequest('POST', '/repos/o/r/git/refs', q(), { ref: 'refs/heads/x' });
  assert.match(missing.problems.join(), /sha/);
  const badEnum = checkRequest('POST', '/repos/o/r/git/trees', q(), { base_tree: SHA, tree: [{ path: 'a', mode: '100645', type: 'blob', content: 'x' }] });
  assert.match(badEnum.problems.join(), /mode/);
  const typo = checkRequest('POST', '/repos/o/r/pulls', q(), { title: 't', head: 'h', base: 'main', bdy: 'x' });
  assert.match(typo.problems.join(), /unknown property bdy/);
  assert.match(checkRequest('POST', '/repos/o/r/issues/1/comments', q(), {}).problems.join(), /body/);
  assert.match(checkRequest('GET', '/repos/o/r/pulls', q(), { x: 1 }).problems.join(), /takes no JSON request body/);
});

test('OpenAPI 3.0 nullable becomes a null type, without loosening anything else', () => {
  assert.deepEqual(convertSchema({ type: 'string', nullable: true, example: 'x' }), { type: ['string', 'null'] });
  assert.deepEqual(convertSchema({ type: 'string', enum: ['a'], nullable: true }), { type: ['string', 'null'], enum: ['a', null] });
  assert.deepEqual(convertSchema({ oneOf: [{ type: 'string' }], nullable: true }), { anyOf: [{ oneOf: [{ type: 'string' }] }, { type: 'null' }] });
  assert.deepEqual(convertSchema({ type: 'object', required: ['a'], properties: { a: { type: 'integer' } } }), { type: 'object', required: ['a'], properties: { a: { type: 'integer' } } });
  // A checked (nullable) tree entry sha passes as null: GitHub deletes the path.
  assert.deepEqual(checkRequest('POST', '/repos/o/r/git/trees', q(), { base_tree: SHA, tree: [{ path: 'a', mode: '100644', type: 'blob', sha: null }] }).problems, []);
});
