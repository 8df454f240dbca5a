// The harness itself: the page knows its engine, and key presses arrive whole in every driver.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { canEmulateMedia, engine, itWhere, press, typeText } from './engine.js';

describe('test support: engine', () => {
  it('names the engine the server launched', async () => {
    expect(engine).to.equal(await executeServerCommand('engine'));
  });

  it('types repeated characters intact, one key press each', async () => {
    const field = document.body.appendChild(document.createElement('input'));
    try {
      field.focus();
      await typeText('1100.800');
      expect(field.value).to.equal('1100.800');
    } finally {
      field.remove();
    }
  });

  it('presses Space on a button, which clicks it', async () => {
    const button = document.body.appendChild(document.createElement('button'));
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    try {
      button.focus();
      await press('Space');
      await press(' ');
      expect(clicks).to.equal(2);
    } finally {
      button.remove();
    }
  });

  itWhere(canEmulateMedia, 'no media emulation', 'emulates dark mode', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
