import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openHeadlessCollabEditor } from './headless.js';
import { $listBlocks } from './numbering.js';
import { $renderJson } from './render.js';
import { $buildSampleDocument } from './testing/sample.js';

describe('$renderJson', () => {
  it('lists every block in order with id, number, type, tag and text', () => {
    const session = openHeadlessCollabEditor(new Y.Doc());
    session.editor.update($buildSampleDocument, { discrete: true });
    const ids = session.editor.read(() => $listBlocks().map((b) => b.id));
    const json = session.editor.read(() => $renderJson());
    expect(json.paragraphs.map((p) => p.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(13);
    // Runs and list places are checked in runs.test.ts.
    expect(json.paragraphs.map(({ id: _id, runs: _runs, list: _list, ...rest }) => rest)).toEqual([
      { number: null, type: 'heading', tag: 'h1', text: 'Policy Menus' },
      { number: 1, type: 'paragraph', text: 'The group met online and agreed on the draft.' },
      { number: null, type: 'paragraph', text: '' },
      { number: null, type: 'heading', tag: 'h2', text: 'Findings' },
      {
        number: 2,
        type: 'paragraph',
        text: '<script>alert(1)</script> and <img src=x onerror=alert(2)>\n1. not a list, not a link and x = y gone',
      },
      { number: null, type: 'quote', text: 'Access is a right. *Stars*' },
      { number: null, type: 'list', tag: 'ul', text: '' },
      { number: null, type: 'listitem', text: 'first' },
      { number: null, type: 'listitem', text: '' },
      { number: null, type: 'list', tag: 'ol', text: '' },
      { number: null, type: 'listitem', text: 'nested' },
      { number: null, type: 'listitem', text: '- second' },
      { number: 3, type: 'paragraph', text: '# Last paragraph' },
    ]);
    // Plain data: survives JSON.stringify unchanged, as the HTTP route will send it.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    session.close();
  });
});
