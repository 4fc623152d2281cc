// Enum pages and the glossary.
import { factsOf } from '../coverage/facts.ts';
import type { EnumRecord, Glossary, Loaded } from '../spec/types.ts';
import { byId, compare, confidenceCell, confidenceCounts, countsText, stanzaLink, type DocsContext } from './context.ts';
import { cell, code, page, paragraph, table } from './markdown.ts';

export function enumPage(ctx: DocsContext, loaded: Loaded<EnumRecord>): string {
  const record = loaded.record;
  const counts = confidenceCounts(record.values.map((v) => v.confidence));
  const users = byId(ctx.repo.stanzas).flatMap((s) => factsOf(s.record).filter((f) => f.type === `enum:${record.id}`));
  const body: string[] = [
    paragraph(record.summary),
    '',
    ...table(
      ['property', 'value'],
      [
        ['id', code(record.id)],
        ['status', record.status],
        ['values', `${record.values.length}: ${countsText(counts)}`],
        ['used as', code(`type: enum:${record.id}`)],
      ].map(([k, v]) => [cell(k ?? ''), cell(v ?? '')]),
    ),
    '',
    '## Values',
    '',
    ...table(
      ['value', 'confidence', 'description'],
      record.values.map((v) => [cell(code(String(v.value))), confidenceCell(v.confidence), cell(v.description)]),
    ),
    '',
    '## Used by',
    '',
  ];
  if (users.length === 0) body.push('No attribute uses this enum yet.', '');
  else body.push(...users.map((f) => `- ${stanzaLink(ctx, f.stanza)}: ${code(f.path)}`), '');
  return page(loaded.file, `${paragraph(record.title)} (${code(record.id)})`, body);
}

export function glossaryPage(loaded: Loaded<Glossary> | undefined): string {
  const terms = [...(loaded?.record.terms ?? [])].sort((a, b) => compare(a.term.toLowerCase(), b.term.toLowerCase()) || compare(a.term, b.term));
  const body = terms.length === 0 ? ['The glossary is empty.'] : table(['term', 'definition'], terms.map((t) => [cell(`**${t.term}**`), cell(t.definition)]));
  return page(loaded?.file ?? 'spec/glossary.yaml', 'Glossary', ['Terms used across the spec, in alphabetical order.', '', ...body]);
}
