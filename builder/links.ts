// Links checked as they are typed: an address that would become a broken link (a web address
// without https://, an email address without mailto:) is flagged, with the fix offered.
import { isSafeHref } from '../src/internal/attributes.js';

export interface LinkCheck {
  /** What is wrong, in plain words; absent when the link works. */
  problem?: string;
  /** The address that would work, offered as a one-click fix. */
  fix?: string;
  /** Whether the link can be published as it is (false: it is left out, or its text kept as text). */
  usable: boolean;
}

/** Endings of file names that a relative address may have, which are not the end of a domain name. */
const FILES = /\.(?:html?|php|aspx?|jsp|pdf|docx?|png|jpe?g|gif|svg|txt)$/i;
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i;
const PHONE = /^\+?[\d\s().-]{7,}$/;

/**
 * What is wrong with an address that has a character no address can have, or undefined. Such an
 * address would also end the attribute it is written into (a link's href, a script's src).
 */
export function badCharacter(href: string): string | undefined {
  return /[<>"{}|\\^`]/.test(href) ? `“${href}” has a character that an address cannot have (such as < > or ").` : undefined;
}

/** Checks one link address as an editor typed it. */
export function checkLink(raw: string): LinkCheck {
  const href = raw.trim();
  if (!href) return { problem: 'The link has no address.', usable: false };
  const typo = /^(https?)(?::\/?|\/\/|:\\\\)(?!\/)(.+)$/i.exec(href);
  if (typo && !/^https?:\/\//i.test(href))
    return {
      problem: `“${href}” is missing part of “${typo[1]}://”.`,
      fix: `${typo[1].toLowerCase()}://${typo[2].replace(/^\/+/, '')}`,
      usable: false,
    };
  // A scheme one letter away from http or https ("htps://", "htttp://"): the editor meant it.
  const scheme = /^([a-z][a-z0-9+.-]*):\/*(.*)$/i.exec(href);
  if (scheme && /^h+t+p+s*$/i.test(scheme[1]) && !/^https?$/i.test(scheme[1]))
    return {
      problem: `“${href}” has “${scheme[1]}” where “https” goes.`,
      fix: `${/s/i.test(scheme[1]) ? 'https' : 'http'}://${scheme[2]}`,
      usable: false,
    };
  const character = badCharacter(href);
  if (character) return { problem: character, usable: false };
  if (/\s/.test(href) && !PHONE.test(href))
    return { problem: `“${href}” has a space in it, and a link’s address cannot. Remove the space.`, usable: false };
  if (/^(?:https?|mailto|tel):/i.test(href))
    return isSafeHref(href) ? { usable: true } : { problem: `“${href}” is not a complete address.`, usable: false };
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^[a-z0-9-]+\.[a-z]{2,}:\d/i.test(href))
    return {
      problem: `“${href}” is not a web, email or phone address, so it cannot be a link. Give one that starts with https://, mailto: or tel:.`,
      usable: false,
    };
  if (EMAIL.test(href))
    return {
      problem: `“${href}” looks like an email address: it needs “mailto:” in front to work as a link.`,
      fix: `mailto:${href}`,
      usable: false,
    };
  if (PHONE.test(href) && /\d{6}/.test(href.replace(/\D/g, '')))
    return {
      problem: `“${href}” looks like a phone number: it needs “tel:” in front to work as a link.`,
      fix: `tel:${href.replace(/[^\d+]/g, '')}`,
      usable: false,
    };
  if (/\s/.test(href)) return { problem: `“${href}” has a space in it, and a link’s address cannot. Remove the space.`, usable: false };
  const host = href.split(/[/?#]/)[0];
  if (DOMAIN.test(href) && !FILES.test(host))
    return {
      problem: `“${href}” looks like a web address: without “https://” in front it would be a broken link.`,
      fix: `https://${href}`,
      usable: false,
    };
  // A relative address ("/contact", "#dose", "prices.html"): it works on the same site.
  return isSafeHref(href) ? { usable: true } : { problem: `“${href}” is not an address a link can go to.`, usable: false };
}
