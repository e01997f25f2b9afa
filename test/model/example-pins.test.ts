import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PINNED_EXAMPLES, pinExample, type ExamplePin } from './example-pins.js';

const pins = JSON.parse(readFileSync(new URL('../fixtures/example-pins.json', import.meta.url), 'utf8')) as Record<string, ExamplePin>;

describe('pinned examples: the numbers do not move unless a model change means them to', () => {
  it('pins every listed example', () => {
    expect(Object.keys(pins).sort()).toEqual([...PINNED_EXAMPLES].sort());
  });
  for (const file of PINNED_EXAMPLES) {
    it(`${file}: hip and spine BMD and CTX of every arm, bit for bit`, () => {
      const now = pinExample(file);
      expect(Object.keys(now)).toEqual(Object.keys(pins[file]!));
      for (const [arm, pinned] of Object.entries(pins[file]!)) expect(now[arm], arm).toStrictEqual(pinned);
    });
  }
});
