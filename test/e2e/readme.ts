// The README's "Use it in your repository" workflows, as the tests read them.
import assert from 'node:assert/strict';

const SECTION = '## Use it in your repository';

/** The README section's fenced YAML blocks, keyed by the file named on their first line. */
export function readmeWorkflows(readme: string): Map<string, string> {
  const start = readme.indexOf(`\n${SECTION}\n`);
  assert.ok(start >= 0, `README has a "${SECTION}" section`);
  const end = readme.indexOf('\n## ', start + SECTION.length + 2);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks = new Map<string, string>();
  for (const match of section.matchAll(/^```yaml\n(# (\.github\/workflows\/[\w.-]+\.yml)\n[\s\S]*?)^```$/gm)) {
    const [, text = '', path = ''] = match;
    blocks.set(path, text);
  }
  return blocks;
}
