// node --test reporter that writes {passed, failed, skipped} for scripts/test.mjs (suites are not tests).
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') counts[event.data.skip || event.data.todo ? 'skipped' : 'passed']++;
    if (event.type === 'test:fail') counts.failed++;
  }
  yield JSON.stringify(counts);
}
