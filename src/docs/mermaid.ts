// The Mermaid the docs generate: a strict subset of sequenceDiagram for flows and a pie for coverage,
// plus a validator of that sequenceDiagram subset (@mermaid-js/parser does not parse sequence diagrams).
import type { Flow } from '../spec/types.ts';
import type { Confidence } from '../spec/vocabulary.ts';

/** Statement words of sequenceDiagram: never usable as a participant id. */
const KEYWORDS = new Set([
  'participant', 'actor', 'as', 'autonumber', 'activate', 'deactivate', 'note', 'over', 'left', 'right',
  'of', 'loop', 'alt', 'else', 'opt', 'par', 'and', 'rect', 'critical', 'break', 'end', 'title', 'box',
  'link', 'links', 'properties', 'details', 'create', 'destroy', 'sequencediagram', 'accdescr', 'acctitle',
]);

const ID = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;

/** Solid arrows for what is confirmed or probable, dashed for what is speculative or unknown. */
export function arrowOf(confidence: Confidence): '->>' | '-->>' {
  return confidence === 'confirmed' || confidence === 'probable' ? '->>' : '-->>';
}

/**
 * Text after `:` or `as`: one line, no `;` (statement separator) and no `#` (entity codes), no angle
 * brackets (labels are HTML in the rendered SVG), never empty, never read as a `wrap:` directive.
 */
export function mermaidText(text: string): string {
  const cleaned = text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/;/g, ',')
    .replace(/#/g, ' no. ')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/%%/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return '(no label)';
  return /^(no)?wrap:/i.test(cleaned) ? `(${cleaned})` : cleaned;
}

/** Mermaid ids for the flow's participants: the flow's own id when it is a safe word, else p1, p2, ... */
export function participantIds(flow: Flow): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  flow.participants.forEach((participant, i) => {
    let id = ID.test(participant.id) && !KEYWORDS.has(participant.id.toLowerCase()) ? participant.id : `p${i + 1}`;
    for (let n = 2; used.has(id); n += 1) id = `p${i + 1}_${n}`;
    used.add(id);
    ids.set(participant.id, id);
  });
  return ids;
}

/** The sequence diagram of a flow, numbered like its steps table. */
export function sequenceDiagram(flow: Flow): string[] {
  const ids = participantIds(flow);
  const lines = ['sequenceDiagram', '    autonumber'];
  for (const participant of flow.participants) {
    lines.push(`    participant ${ids.get(participant.id) ?? ''} as ${mermaidText(participant.label)}`);
  }
  for (const step of flow.steps) {
    const from = ids.get(step.from);
    const to = ids.get(step.to);
    // A step naming an unknown participant is a validation problem; the diagram leaves it out.
    if (from === undefined || to === undefined) continue;
    lines.push(`    ${from}${arrowOf(step.confidence)}${to}: ${mermaidText(`${step.label} (${step.confidence})`)}`);
    if (step.note !== undefined) {
      const over = from === to ? from : `${from},${to}`;
      lines.push(`    Note over ${over}: ${mermaidText(step.note)}`);
    }
  }
  return lines;
}

/**
 * A pie of counts; zero slices are left out (the table beside it shows them). `colours` (label → CSS
 * colour `#rrggbb`) sets each present slice's colour through an init directive, in slice order, which
 * is how Mermaid assigns them; its title and legend take the page's text colour (light or dark).
 */
export function pie(title: string, slices: [string, number][], colours?: Record<string, string>): string[] {
  const present = slices.filter(([, n]) => n > 0);
  const directive: string[] = [];
  if (colours !== undefined) {
    const variables: Record<string, string> = { pieStrokeColor: '#ffffff', pieSectionTextColor: '#ffffff', pieOpacity: '1' };
    present.forEach(([label], i) => {
      const colour = colours[label];
      if (colour !== undefined && /^#[0-9a-fA-F]{6}$/.test(colour)) variables[`pie${i + 1}`] = colour;
    });
    const init = { theme: 'base', themeVariables: variables, themeCSS: '.legend text, .pieTitleText { fill: currentColor; }' };
    directive.push(`%%{init: ${JSON.stringify(init)}}%%`);
  }
  return [
    ...directive,
    `pie showData title ${mermaidText(title).replace(/"/g, "'")}`,
    ...present.map(([label, n]) => `    "${label.replace(/"/g, "'")}" : ${n}`),
  ];
}

/**
 * Checks a sequenceDiagram against the subset we generate: `sequenceDiagram`, optional `autonumber`,
 * `participant ID [as ALIAS]` declared before use, messages `A->>B: text` / `A-->>B: text` between
 * declared participants, `Note over A[,B]: text` / `Note left of A: text` / `Note right of A: text`.
 * Texts are one line, non-empty, without `;` or `#`. Returns the problems (empty when valid).
 */
export function validateSequenceDiagram(source: string): string[] {
  const problems: string[] = [];
  const lines = source.split('\n');
  const declared = new Set<string>();
  const checkText = (text: string, where: string) => {
    if (text.trim() === '') problems.push(`${where}: empty text`);
    if (/[;#]/.test(text)) problems.push(`${where}: text contains ";" or "#"`);
    if (/\r/.test(text)) problems.push(`${where}: text contains a line break`);
  };
  const checkActor = (id: string, where: string) => {
    if (!declared.has(id)) problems.push(`${where}: participant "${id}" is not declared`);
  };
  let header = false;
  let messages = 0;
  lines.forEach((raw, index) => {
    const where = `line ${index + 1}`;
    const line = raw.trim();
    if (line === '') return;
    if (!header) {
      if (line !== 'sequenceDiagram') problems.push(`${where}: expected "sequenceDiagram" first`);
      header = true;
      return;
    }
    if (line === 'autonumber') return;
    let m = /^participant (\S+)(?: as (.*))?$/.exec(line);
    if (m) {
      const id = m[1] ?? '';
      if (!ID.test(id) || KEYWORDS.has(id.toLowerCase())) problems.push(`${where}: "${id}" is not a usable participant id`);
      if (declared.has(id)) problems.push(`${where}: participant "${id}" declared twice`);
      if (messages > 0) problems.push(`${where}: participant "${id}" declared after the first message`);
      if (m[2] !== undefined) checkText(m[2], where);
      declared.add(id);
      return;
    }
    m = /^Note (over|left of|right of) ([^:]+): (.*)$/.exec(line);
    if (m) {
      const actors = (m[2] ?? '').split(',');
      if (actors.length > (m[1] === 'over' ? 2 : 1)) problems.push(`${where}: too many participants in a note`);
      for (const actor of actors) checkActor(actor, where);
      checkText(m[3] ?? '', where);
      return;
    }
    m = /^([A-Za-z][A-Za-z0-9_]*)(->>|-->>)([A-Za-z][A-Za-z0-9_]*): (.*)$/.exec(line);
    if (m) {
      checkActor(m[1] ?? '', where);
      checkActor(m[3] ?? '', where);
      checkText(m[4] ?? '', where);
      messages += 1;
      return;
    }
    problems.push(`${where}: not a statement of the generated subset`);
  });
  if (!header) problems.push('empty diagram');
  return problems;
}

/** Every ```mermaid block of a Markdown text, with the line it starts on. */
export function mermaidBlocks(markdown: string): { line: number; source: string }[] {
  const blocks: { line: number; source: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(`{3,})mermaid\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[1] ?? '```';
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && (lines[j] ?? '').trim() !== fence) body.push(lines[j++] ?? '');
    blocks.push({ line: i + 1, source: body.join('\n') });
    i = j;
  }
  return blocks;
}
