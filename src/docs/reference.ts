// Enum pages and the glossary.
import { factsOf } from '../coverage/facts.ts';
import type { EnumRecord, Glossary, Loaded } from '../spec/types.ts';
import { compare, confidenceBadge, confidenceCounts, countBadges, factLink, inCallOrder, sourceLink, stanzaLink, type DocsContext } from './context.ts';
import { cell, code, page, paragraph, table } from './markdown.ts';

export function enumPage(ctx: DocsContext, loaded: Loaded<EnumRecord>): string {
  const record = loaded.record;
  const counts = confidenceCounts(record.values.map((v) => v.confidence));
  const users = inCallOrder(ctx, ctx.repo.stanzas).flatMap((s) =>
    factsOf(s.record)
      .filter((f) => f.type === `enum:${record.id}`)
      .map((f) => ({ fact: f, stanza: s.record })),
  );
  const body: string[] = [
    paragraph(record.summary),
    '',
    ...table(
      ['property', 'value'],
      [
        ['id', code(record.id)],
        ['status', record.status],
        ['values', `${record.values.length}: ${countBadges(counts)}`],
        ['used as', code(`type: enum:${record.id}`)],
      ].map(([k, v]) => [cell(k ?? ''), v ?? ' ']), // values: code spans, vocabulary words and badges
    ),
    '',
    '## Values',
    '',
    ...table(
      ['value', 'description'],
      record.values.map((v) => [`${cell(code(String(v.value)))}<br>${confidenceBadge(v.confidence)}`, cell(v.description)]),
    ),
    '',
    '## Used by',
    '',
  ];
  if (users.length === 0) body.push('No attribute uses this enum yet.', '');
  else {
    body.push(
      ...users.map(({ fact, stanza }) => {
        const where = code(fact.path.slice(fact.path.indexOf(':') + 1));
        return `- ${stanzaLink(ctx, stanza.id, 'nested', paragraph(stanza.display_name))}: ${factLink(ctx, stanza.id, fact.recordPath, where)} ${confidenceBadge(fact.confidence)}`;
      }),
      '',
    );
  }
  return page(loaded.file, `${paragraph(record.title)} (${code(record.id)})`, body, sourceLink(ctx, loaded.file));
}

export function glossaryPage(ctx: DocsContext, loaded: Loaded<Glossary> | undefined): string {
  const terms = [...(loaded?.record.terms ?? [])].sort((a, b) => compare(a.term.toLowerCase(), b.term.toLowerCase()) || compare(a.term, b.term));
  const body = terms.length === 0 ? ['The glossary is empty.'] : table(['term', 'definition'], terms.map((t) => [cell(`**${t.term}**`), cell(t.definition)]));
  const file = loaded?.file ?? 'spec/glossary.yaml';
  return page(file, 'Glossary', ['Terms used across the spec, in alphabetical order.', '', ...body], sourceLink(ctx, file));
}
