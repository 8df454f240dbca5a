// node --test reporter that writes {passed, failed, skipped, failures} for scripts/test.mjs (suites are
// not tests); `failures` names each failed test and its error, which scripts/test.mjs repeats at the end.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') counts[event.data.skip || event.data.todo ? 'skipped' : 'passed']++;
    if (event.type === 'test:fail') {
      counts.failed++;
      const error = event.data.details?.error;
      const file = event.data.file?.replace(`${process.cwd()}/`, '') ?? '';
      const cause = error?.cause;
      const message = cause?.message ?? (typeof cause === 'string' ? cause : error?.message) ?? 'failed';
      counts.failures.push(`${file} › ${event.data.name}: ${message}`);
    }
  }
  yield JSON.stringify(counts);
}
