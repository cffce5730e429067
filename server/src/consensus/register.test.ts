import { $bracketPassage, $ensureParagraphIds, openHeadlessCollabEditor, seededParagraphIds } from '@accord/editor';
import type { CommentThread, PersonShown, Position } from '@accord/schema';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readLiveDocument, textHash } from './document.js';
import { buildRegister, type RegisterCompilation, registerJson } from './register.js';
import { registerDocx } from './register-docx.js';
import { unzip } from '../../../test/helpers/unzip.js';
import { registerHtml } from './register-html.js';
import { registerMarkdown } from './register-markdown.js';
import { ConsensusIndex } from './view.js';

const ana: PersonShown = { id: 'ana', name: 'Ana Souza', stakeholderGroup: 'civil-society' };
const ben: PersonShown = { id: 'ben', name: 'Ben Okafor', stakeholderGroup: 'government' };
const at = '2026-03-01T10:00:00.000Z';

/** A small document: a heading, two contested paragraphs (one with a bracket, one with markup typed as text), two agreed (one changed since). */
function liveDocument() {
  const doc = new Y.Doc();
  const session = openHeadlessCollabEditor(doc);
  session.editor.update(
    () => {
      $getRoot().append(
        $createHeadingNode('h1').append($createTextNode('Findings')),
        $createParagraphNode().append($createTextNode('Access is a human right for all.')),
        $createParagraphNode().append($createTextNode('Connectivity <script>alert(1)</script> | *matters*.')),
        $createParagraphNode().append($createTextNode('Agreed text.')),
        $createParagraphNode().append($createTextNode('Agreed and unchanged.')),
      );
      $ensureParagraphIds({ newId: seededParagraphIds('register') });
    },
    { discrete: true },
  );
  const ids = readLiveDocument(Y.encodeStateAsUpdate(doc)).blocks.map((b) => b.id);
  session.editor.update(() => void $bracketPassage(ids[1]!, 10, 23, 'bRight'), { discrete: true });
  session.close();
  return { live: readLiveDocument(Y.encodeStateAsUpdate(doc)), ids };
}

function register(compilation?: (ids: string[]) => RegisterCompilation) {
  const { live, ids } = liveDocument();
  const [, p1, p2, p3, p4] = ids as [string, string, string, string, string];
  const position = (person: PersonShown, blockId: string, kind: Position['position'], reason: string): Position => ({
    blockId,
    person,
    stakeholderGroup: person.stakeholderGroup,
    position: kind,
    reason,
    at,
  });
  const index = new ConsensusIndex({
    statuses: new Map([
      [p1, { blockId: p1, status: 'contested', agreedHash: null, setAt: at, setBy: ana }],
      [p2, { blockId: p2, status: 'contested', agreedHash: null, setAt: at, setBy: ana }],
      [
        p3,
        { blockId: p3, status: 'agreed', agreedHash: textHash('Agreed text, before an edit.'), setAt: at, setBy: ana },
      ],
      [p4, { blockId: p4, status: 'agreed', agreedHash: textHash('Agreed and unchanged.'), setAt: at, setBy: ana }],
    ]),
    events: [],
    positions: [
      position(ana, p1, 'oppose', 'Too strong;\nsay "enabler".'),
      position(ben, p1, 'support', ''),
      position(ben, p2, 'support-with-reservation', 'Cost | access'),
    ],
    alternatives: [
      {
        id: 'alt1',
        bracketId: 'bRight',
        label: 'Alt 1',
        text: 'an enabler of rights',
        proposedBy: ben,
        stakeholderGroup: 'government',
        at,
      },
    ],
    resolutions: [],
    groupNames: new Map([
      ['government', 'Government'],
      ['civil-society', 'Civil society'],
    ]),
  });
  const thread = {
    id: 't1',
    documentId: 'd',
    anchor: { kind: 'passage', blockId: p2, start: {}, end: {}, quote: '*matters*' },
    status: 'open',
    textRemoved: false,
    location: { blockId: p2, number: 2 },
    createdAt: at,
    resolvedAt: null,
    resolvedBy: null,
    comments: [
      {
        id: 'c1',
        threadId: 't1',
        author: ana,
        body: 'Why <b>this</b>?',
        mentions: [],
        createdAt: at,
        editedAt: null,
        deletedAt: null,
      },
      { id: 'c2', threadId: 't1', author: ben, body: '', mentions: [], createdAt: at, editedAt: null, deletedAt: at },
    ],
  } as CommentThread;
  const resolvedThread = { ...thread, id: 't2', status: 'resolved' } as CommentThread;
  return {
    register: buildRegister({
      documentId: 'd',
      title: 'BPF on <IXPs>',
      live,
      index,
      threads: [thread, resolvedThread],
      now: new Date('2026-03-02T09:30:00Z'),
      ...(compilation ? { compilation: compilation(ids) } : {}),
    }),
    ids,
  };
}

describe('the register of differences', () => {
  it('lists the contested and bracketed paragraphs in document order, as Markdown that reads as a document', () => {
    const { register: r, ids } = register();
    expect(registerJson(r).entries.map((e) => e.number)).toEqual([1, 2, 3]);
    expect(registerMarkdown(r)).toBe(`# Register of differences

**BPF on \\<IXPs\\>**

Generated on 2 March 2026, 09:30 UTC. This register lists every paragraph that is contested, still holds bracketed text, or changed after it was agreed, in the order of the document: its text with the brackets, the alternatives proposed and by whom, the positions of the stakeholder groups with their reasons, and the open comment threads. Members take part in a personal capacity: a stakeholder group beside a name says where the member comes from, not whom they speak for. The consensus score runs from 0 to 1: it rises as support comes from more stakeholder groups and falls sharply when any group opposes; a group that has not responded counts as undecided, and support with reservation counts as support. Compare paragraphs of one document rather than reading the number alone.

## Paragraph 1 — Contested

> **1.** Access is \\[a human right\\] for all.

### Bracketed text

1. \\[a human right\\]
   - **Alt 1:** an enabler of rights — proposed by Ben Okafor (Government)

### Positions

| Stakeholder group | Support | With reservation | Oppose | Abstain |
| --- | ---: | ---: | ---: | ---: |
| Government | 1 | 0 | 0 | 0 |
| Civil society | 0 | 0 | 1 | 0 |

Standing: Divided — 1 group in favour, 1 group against (consensus score 0.22)

- Ana Souza (Civil society), oppose: Too strong; say "enabler".

## Paragraph 2 — Contested

> **2.** Connectivity \\<script\\>alert(1)\\</script\\> \\| \\*matters\\*.

### Positions

| Stakeholder group | Support | With reservation | Oppose | Abstain |
| --- | ---: | ---: | ---: | ---: |
| Government | 0 | 1 | 0 | 0 |

Standing: Support from one group — 1 group in favour, with reservations (consensus score 0.67)

- Ben Okafor (Government), support with reservation: Cost \\| access

### Open comment threads

- On “\\*matters\\*”: Ana Souza: Why \\<b\\>this\\</b\\>?

## Paragraph 3 — Agreed

> **3.** Agreed text.

*The text changed since it was agreed.*

### Positions

No positions recorded yet.
`);
    expect(ids).toHaveLength(5);
  });

  it('renders a standalone HTML page with everything typed escaped and brackets marked', () => {
    const html = registerHtml(register().register);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Register of differences — BPF on &lt;IXPs&gt;</title>');
    expect(html).toContain('Access is <span class="bracket" data-bracket-id="bRight">[a human right]</span> for all.');
    expect(html).toContain('Connectivity &lt;script&gt;alert(1)&lt;/script&gt; | *matters*.');
    expect(html).toContain(
      '<strong>Alt 1:</strong> an enabler of rights <span class="by">— proposed by Ben Okafor (Government)</span>',
    );
    expect(html).toContain('Why &lt;b&gt;this&lt;/b&gt;?');
    expect(html).not.toMatch(/<script|<b>/);
  });
});

describe('a compilation in the register (issue 14)', () => {
  const compiled = () =>
    register((ids) => ({
      divergences: [
        {
          id: 'dv1',
          documentId: 'd',
          blockId: ids[4]!,
          views: [
            { view: 'Spectrum is a <public> good', holders: [{ contributionId: 'c1', organisation: 'Brazil IGF' }] },
            { view: 'Spectrum is best auctioned', holders: [{ contributionId: 'c2', organisation: 'EuroDIG' }] },
          ],
          note: null,
          createdAt: at,
        },
      ],
      sources: new Map([
        [
          ids[4]!,
          [
            { contributionId: 'c1', organisation: 'Brazil IGF' },
            { contributionId: 'c2', organisation: 'EuroDIG' },
          ],
        ],
      ]),
      silence: [
        {
          procedureId: 's1',
          versionName: 'Draft 2',
          deadline: '2026-03-01T17:00:00.000Z',
          objections: [{ by: ben, reason: 'Not yet <ready>', at }],
        },
        { procedureId: 's2', versionName: 'Draft 3', deadline: at, objections: [] },
      ],
    }));

  it('adds the divergences on a paragraph that is otherwise not in the register, in document order, with their sources', () => {
    const { register: r } = compiled();
    const json = registerJson(r) as ReturnType<typeof registerJson> & { silence?: unknown[] };
    expect(json.entries.map((e) => e.number)).toEqual([1, 2, 3, 4]);
    const md = registerMarkdown(r);
    expect(md).toContain('### Differences among contributions\n\nSources: Brazil IGF, EuroDIG');
    expect(md).toContain('1. Spectrum is a \\<public\\> good — held by Brazil IGF');
    expect(md).toContain('2. Spectrum is best auctioned — held by EuroDIG');
    expect(md.indexOf('## Paragraph 4')).toBeGreaterThan(md.indexOf('## Paragraph 3'));
  });

  it('lists broken silences with each objection (and not the procedures nobody objected to)', async () => {
    const { register: r } = compiled();
    const md = registerMarkdown(r);
    expect(md).toContain('## Silence broken');
    expect(md).toContain('- Broke silence: Not yet \\<ready\\> — Ben Okafor, Government, 1 March 2026, 10:00 UTC');
    expect(md).not.toContain('Draft 3');
    const html = registerHtml(r);
    expect(html).toContain('Broke silence: Not yet &lt;ready&gt;');
    expect(html).toContain('Spectrum is a &lt;public&gt; good');
    const xml = unzip(await registerDocx(r))
      .get('word/document.xml')!
      .toString('utf8');
    expect(xml).toContain('Broke silence: Not yet &lt;ready&gt;');
    expect(xml).toContain('Differences among contributions');
  });
});
