// The JSON Schemas of the repository, bundled at build time so that a pull request cannot weaken
// the rules it is checked against. The files under spec/schema and corpus/schema are the source.
import type { AnySchema } from 'ajv';
import stanza from '../../spec/schema/stanza.schema.json' with { type: 'json' };
import flow from '../../spec/schema/flow.schema.json' with { type: 'json' };
import enumSchema from '../../spec/schema/enum.schema.json' with { type: 'json' };
import technique from '../../spec/schema/technique.schema.json' with { type: 'json' };
import glossary from '../../spec/schema/glossary.schema.json' with { type: 'json' };
import capture from '../../corpus/schema/capture.schema.json' with { type: 'json' };
import type { RecordKind } from './repo.ts';

export const SCHEMAS: Record<RecordKind, AnySchema> = {
  stanza,
  flow,
  enum: enumSchema,
  technique,
  glossary,
  capture,
};
