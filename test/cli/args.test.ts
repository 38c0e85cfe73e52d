// Argument parsing: every option of DESIGN.md's CLI contract, and every mistake a usage error.
import assert from 'node:assert/strict';
import { parseArgs, UsageError } from '../../server/src/cli/args.js';
import { inShard } from '../../server/src/cli/discovery.js';

describe('CLI arguments', () => {
  it('reads every option, in --opt value and --opt=value forms', () => {
    const o = parseArgs([
      '--format=sarif', '--output', 'out.sarif', '--config', 'c.json', '--rule', 'scope-pctdd=off', '--rule=scope-full-url=error',
      '--jurisdiction', 'state', '--max-warnings', '3', '--quiet', '--fix', '--jobs', '4', '--shard', '2/3',
      '--cache-location', '.cache/penlint', 'drafts', '--', '--odd-name.md',
    ]);
    assert.equal(o.format, 'sarif');
    assert.equal(o.output, 'out.sarif');
    assert.equal(o.config, 'c.json');
    assert.deepEqual(o.rules, { 'scope-pctdd': 'off', 'scope-full-url': 'error' });
    assert.equal(o.jurisdiction, 'state');
    assert.equal(o.maxWarnings, 3);
    assert.equal(o.quiet, true);
    assert.equal(o.fix, true);
    assert.equal(o.jobs, 4);
    assert.deepEqual(o.shard, { index: 2, count: 3 });
    assert.equal(o.cache, true, '--cache-location implies --cache');
    assert.equal(o.cacheLocation, '.cache/penlint');
    assert.deepEqual(o.paths, ['drafts', '--odd-name.md']);
  });

  it('has sensible defaults', () => {
    const o = parseArgs([]);
    assert.equal(o.format, 'stylish');
    assert.equal(o.maxWarnings, -1);
    assert.ok(o.jobs >= 1);
    assert.deepEqual(o.paths, []);
    assert.equal(o.cache, false);
  });

  it('rejects mistakes with a message that says what to type', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--nope'], /unknown option --nope/],
      [['--format'], /--format needs a value/],
      [['--format', 'html'], /one of stylish, json, sarif, github/],
      [['--rule', 'scope-pctdd'], /ID=SEVERITY/],
      [['--rule', 'scope-pcdd=off'], /unknown rule id "scope-pcdd" \(did you mean "scope-pctdd"\?\)/],
      [['--rule', 'scope-pctdd=warn'], /off, info, warning, error/],
      [['--jurisdiction', 'tribal'], /federal or state/],
      [['--max-warnings', '-2'], /whole number/],
      [['--jobs', '1.5'], /whole number of at least 1/],
      [['--shard', '0/2'], /I\/N/],
      [['--shard', '3/2'], /I\/N/],
      [['--config', 'a', '--no-config'], /cannot be used together/],
      [['--fix', '--fix-dry-run'], /cannot be used together/],
      [['--stdin', '--fix'], /--fix-dry-run/],
      [['--stdin', 'a.md'], /no paths/],
      [['--stdin-filename', 'a.md'], /goes with --stdin/],
      [['--quiet=yes'], /takes no value/],
    ];
    for (const [argv, message] of cases) {
      assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof UsageError && message.test(e.message), argv.join(' '));
    }
  });
});

describe('--shard slices', () => {
  it('put every path in exactly one slice, and spread them', () => {
    const paths = Array.from({ length: 300 }, (_, i) => `drafts/${i}/application.md`);
    const counts = [0, 0, 0, 0];
    for (const p of paths) {
      const slices = [1, 2, 3, 4].filter((i) => inShard(p, { index: i, count: 4 }));
      assert.equal(slices.length, 1, p);
      counts[slices[0] - 1]++;
    }
    for (const c of counts) assert.ok(c > 40, `uneven slices: ${counts}`);
    assert.ok(paths.every((p) => inShard(p, { index: 1, count: 1 })));
  });
});
