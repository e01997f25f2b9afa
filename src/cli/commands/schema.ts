import { studyJsonSchema } from '../../io/study-file.js';
import type { CliIo } from '../io.js';

/** `osteosim schema`: the JSON Schema of study files. */
export function schemaCommand(io: CliIo): void {
  io.stdout(`${JSON.stringify(studyJsonSchema(), null, 2)}\n`);
}
