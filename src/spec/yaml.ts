// The `yaml` library (the careful YAML reader and the writer), evaluated on first use. Most runs of
// `validate` read every file with the fast reader (js-yaml, src/spec/load.ts) and never need it, and
// evaluating it costs ≈9 ms of CPU at start (measured for issue #14). In the bundle, the require()
// below loads dist/yaml.cjs, a file of its own (scripts/build.mjs, yamlApart), so a run that never
// calls this does not even read the library; run from source (the tests), Node's createRequire loads
// the same package.
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
let loaded: Yaml | undefined;

/** The `yaml` module. Throws only if the package is missing (a broken install). */
export function yaml(): Yaml {
  loaded ??= typeof require === 'function' ? (require('yaml') as Yaml) : (createRequire(import.meta.url)('yaml') as Yaml);
  return loaded;
}
