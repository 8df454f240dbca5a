// The table of cases for an answer as an editor writes it in plain text: a blank line between
// paragraphs, lines that start with "- " (or "* ", "• ") as a list, one newline as a space. The embed
// builder reads it with toBlocks() (builder/text-blocks.ts, held to this table by
// test/builder/words.test.ts); the WordPress plugin's own questions with
// Stem_Cell_Explainers_Render::bullets() and WordPress's paragraphs (held to it, with and without
// JavaScript, by test/wordpress/wordpress.test.mjs). Each case's blocks are as src/content/types.ts has
// them: a paragraph's text, or { list: [items] }.

/** @type {{ text: string, blocks: (string | { list: string[] })[] }[]} */
export const answerTextCases = [
  { text: 'One line.', blocks: ['One line.'] },
  { text: 'Call us on:\n0123 456', blocks: ['Call us on: 0123 456'] },
  { text: 'First.\n\nSecond.', blocks: ['First.', 'Second.'] },
  { text: 'First.\n  \nSecond.', blocks: ['First.', 'Second.'] },
  { text: 'Bring:\n- your ID\n- your reports\nCall us.', blocks: ['Bring:', { list: ['your ID', 'your reports'] }, 'Call us.'] },
  { text: '* one\n* two', blocks: [{ list: ['one', 'two'] }] },
  { text: '• one\n\n• two', blocks: [{ list: ['one'] }, { list: ['two'] }] },
  { text: '  - indented\n- and not', blocks: [{ list: ['indented', 'and not'] }] },
  { text: '- one\ngoes on here', blocks: [{ list: ['one'] }, 'goes on here'] },
  { text: '-no space is text, as is 5 - 3', blocks: ['-no space is text, as is 5 - 3'] },
  { text: '**not** a list', blocks: ['**not** a list'] },
];
