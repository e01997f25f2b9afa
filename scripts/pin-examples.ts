/**
 * Writes test/fixtures/example-pins.json: for a few example studies, hip and spine BMD and CTX of every arm at every
 * 4th output day, as the current code simulates them. test/model/example-pins.test.ts then requires these exact
 * numbers: a refactoring that moves any of them is not a refactoring. Rerun this script only when a model change is
 * meant to move them, and say so in the commit.
 *
 *   tsx scripts/pin-examples.ts
 */
import { writeFileSync } from 'node:fs';
import { PINNED_EXAMPLES, pinExample } from '../test/model/example-pins.js';

const pins = Object.fromEntries(PINNED_EXAMPLES.map((file) => [file, pinExample(file)]));
writeFileSync(new URL('../test/fixtures/example-pins.json', import.meta.url), `${JSON.stringify(pins, null, 1)}\n`);
console.log(`pinned ${PINNED_EXAMPLES.length} examples`);
