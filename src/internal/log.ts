import { isServer } from 'lit';

/** Console messages for editors, each naming the element it concerns. */
export const warn = (tag: string, message: string): void => console.warn(`<${tag}>: ${message}`);
export const fail = (tag: string, message: string): void => console.error(`<${tag}>: ${message}`);

/**
 * Advice for editors (nothing is wrong yet). In a browser it is information; on a server it goes to
 * stderr, never to stdout, where `node build-page.mjs > page.html` would write it into the page.
 */
export const advise = (tag: string, message: string): void => (isServer ? console.warn : console.info)(`<${tag}>: ${message}`);
