import type { DoseRuleText } from '../types.js';

/**
 * Bengali translation of the texts of `doseRule` (../dose.ts). The figure and the weight range are the
 * English rule's alone (a translation has none, so the figure lives in one place); every text shows it
 * through `{cells}` ("২০ লাখ" in Bengali, filled in by Intl at render time).
 *
 * `rule` keeps the document's three hedges at their strength in one short sentence: সাধারণত
 * ("typically"), ধরা হয় ("is seen as") and একেবারে ন্যূনতম ("the bare minimum"). Weight is per কেজি,
 * as patients say and write it, the same word as the calculator's unit (not কিলোগ্রাম (kg)).
 */
export const doseRuleBn: DoseRuleText = {
  heading: 'কতগুলি স্টেম সেল দরকার',
  rule: 'সাধারণত, ইনজেকশন কাজ করার জন্য শরীরের প্রতি কেজি ওজনে {cells} স্টেম সেলকে একেবারে ন্যূনতম বলে ধরা হয়।',
  meaning: 'মানে আপনার ওজন যত বেশি, তত বেশি কোষ দরকার।',
  // A notice of the page, not a claim of the document. প্রেসক্রিপশন is the word patients use.
  notice: 'এই সংখ্যা কোনো প্রেসক্রিপশন নয়। আপনার ডোজ (কত কোষ দেওয়া হবে) ঠিক করেন আপনার ডাক্তার।',
};
