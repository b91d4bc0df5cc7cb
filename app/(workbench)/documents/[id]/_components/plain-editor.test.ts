// The plain editor's inline script is a string the browser runs before any of the app's code: a
// syntax slip there (an escape lost in the template) would leave the first screen unfocused and
// keep nothing, with no error anywhere else.
import { describe, expect, it } from 'vitest';
import { PLAIN_EDITOR_ID, PLAIN_EDITOR_SCRIPT } from './plain-editor';
import { UNSAVED_PREFIX } from './save-queue';

describe('the plain editor’s inline script', () => {
  it('is valid JavaScript', () => {
    expect(() => new Function(PLAIN_EDITOR_SCRIPT)).not.toThrow();
  });
  it('finds its element and keeps what is typed where the store looks for unsaved edits', () => {
    expect(PLAIN_EDITOR_SCRIPT).toContain(`document.getElementById('${PLAIN_EDITOR_ID}')`);
    expect(PLAIN_EDITOR_SCRIPT).toContain(`'${UNSAVED_PREFIX}'`);
    // Line breaks are the two characters \n inside the script's string literals, not a raw newline.
    expect(PLAIN_EDITOR_SCRIPT).toContain("'\\n'");
  });
});
