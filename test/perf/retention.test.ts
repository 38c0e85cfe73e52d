// A lint keeps nothing of the draft it read once it returns, beyond what the memos keep on purpose: held by a
// module between lints, a long draft's lists outlive the lint, and the language server's worker promotes them to
// the old generation on every keystroke (major collections every few keystrokes on a 1 MB draft).
import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse, withParsed } from '../../server/src/engine/parse.js';
import { lint } from '../../server/src/engine/index.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

// an application with a table of target facilities (identifiers read under a column header), a blank and a date
const DRAFT = `# APPLICATION FOR AN ORDER AUTHORIZING A PEN REGISTER

The United States, through Assistant United States Attorney Jane Roe, applies for an order under 18 U.S.C. § 3123.
The investigation is being conducted by the Federal Bureau of Investigation.

| Target telephone | Provider |
| --- | --- |
| (202) 555-0147 | Example Wireless |

The subscriber is ____ and the relevant period began on March 3, 2025.
`;

/** Lints a fresh parse of the draft and returns weak references to the parse's lists (nothing else survives). */
function lintAndForget(): Array<WeakRef<object>> {
  const parsed = parse(DRAFT);
  withParsed(parsed, () => lint(DRAFT));
  return [new WeakRef(parsed.blocks), new WeakRef(parsed.sentences), new WeakRef(parsed)];
}

describe('retention', () => {
  it('keeps none of a linted draft’s parse once the lint returns', async () => {
    const refs = lintAndForget();
    // a turn of the event loop: nothing of the call is left on the stack
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    assert.deepEqual(
      refs.map((r) => r.deref() === undefined),
      [true, true, true],
      'a module still holds the parse (its blocks, its sentences or the parse itself)',
    );
  });
});
