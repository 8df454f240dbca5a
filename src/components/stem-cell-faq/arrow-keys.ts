/**
 * The accordion's keyboard (WAI-ARIA APG accordion): Down and Up arrows move between the visible
 * questions, wrapping around, Home and End go to the first and last. Other keys are left alone.
 */
export function moveBetweenQuestions(e: KeyboardEvent, questions: readonly HTMLElement[]): void {
  const at = questions.indexOf(e.target as HTMLElement);
  if (at < 0) return;
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: questions.length - 1 }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  questions[(to + questions.length) % questions.length].focus();
}
