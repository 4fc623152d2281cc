import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '../src/sanitize/scan.ts';
import { expand, Gen } from './sanitize/helpers.ts';
for (const dir of process.argv.slice(2)) {
  const gen = new Gen(1);
  const text = expand(readFileSync(join('test/fixtures/sanitize', dir, 'input.txt'), 'utf8'), gen);
  const f = scanText('notes', text).map(({ rule, severity, line, column, encoding, length }) => ({ rule, severity, line, column, encoding, length }));
  console.log(dir + '\n{\n  "findings": [\n' + f.map((x) => '    ' + JSON.stringify(x).replace(/,"/g, ', "').replace(/":/g, '": ').replace(/^\{/, '{ ').replace(/\}$/, ' }')).join(',\n') + '\n  ]\n}');
}
