/**
 * Rough throughput of the filter module on this machine: parse, bind and
 * evaluate, each in a warm loop. Prints ops/s; asserts nothing.
 * Run: npx tsx bench/filter.bench.ts
 */
import { bindFilter } from '../src/scim/filter/bind-filter.js';
import { evaluateFilter } from '../src/scim/filter/evaluate-filter.js';
import { parseFilter } from '../src/scim/filter/parse-filter.js';
import { parsePatchPath } from '../src/scim/filter/parse-patch-path.js';
import { readSchemaFiles } from '../src/scim/schema/schema-files.js';
import { buildUserResourceType } from '../src/scim/schema/user-resource-type.js';

const userType = buildUserResourceType(readSchemaFiles());
const systamUrn = 'urn:ietf:params:scim:schemas:extension:systam:2.0:User';

const simple = 'userName eq "alice@example.com"';
const complex =
  'emails[type eq "work" and value co "@example.com"] or ' +
  '(externalId eq jdoe and not (meta.lastModified lt "2024-01-01T00:00:00Z"))';
const user = {
  id: 'usr_1',
  externalId: 'jdoe',
  userName: 'Alice@Example.com',
  emails: [{ type: 'work', value: 'alice@example.com', primary: true }],
  meta: { lastModified: '2024-05-01T12:00:00Z' },
  [systamUrn]: { primaryWorkspace: 'HEL-01' },
};

function measure(label: string, action: () => unknown): void {
  const durationMs = 1000;
  for (let warmUp = 0; warmUp < 10_000; warmUp += 1) action();

  let operations = 0;
  const start = performance.now();
  while (performance.now() - start < durationMs) {
    for (let batch = 0; batch < 1000; batch += 1) action();
    operations += 1000;
  }
  const opsPerSecond = operations / ((performance.now() - start) / 1000);
  console.log(`${label.padEnd(40)} ${Math.round(opsPerSecond).toLocaleString('en-US')} ops/s`);
}

const boundSimple = bindFilter(parseFilter(simple), userType);
const boundComplex = bindFilter(parseFilter(complex), userType);

measure('parse simple', () => parseFilter(simple));
measure('parse complex', () => parseFilter(complex));
measure('parse + bind complex', () => bindFilter(parseFilter(complex), userType));
measure('evaluate simple', () => evaluateFilter(boundSimple, user));
measure('evaluate complex', () => evaluateFilter(boundComplex, user));
measure('parse PATCH path emails[…].value', () => parsePatchPath('emails[type eq "work"].value'));
