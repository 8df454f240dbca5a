/** Console messages for editors, each naming the element it concerns. */
export const warn = (tag: string, message: string): void => console.warn(`<${tag}>: ${message}`);
export const fail = (tag: string, message: string): void => console.error(`<${tag}>: ${message}`);
