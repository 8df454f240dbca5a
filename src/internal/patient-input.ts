/** What a patient does to scroll or move on: from then on the page is theirs, and nothing moves it for them. */
export const PATIENT_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
