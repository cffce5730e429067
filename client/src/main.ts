/**
 * Accord's first page: the workspaces and their documents. The editor arrives with its
 * own issue; until then a document link shows where it will open.
 */
import type { DocumentRecord, Workspace } from '@accord/schema';
import { listDocuments, listWorkspaces } from './api.js';

const app = document.querySelector<HTMLElement>('#app')!;

/** Builds an element with text content only: nothing from the server is ever parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function documentItem(doc: DocumentRecord): HTMLLIElement {
  return el(
    'li',
    { dataset: { documentId: doc.id } as unknown as DOMStringMap },
    el('span', {}, el('a', { href: `/d/${encodeURIComponent(doc.id)}` }, doc.title), ' ', el('span', { className: 'kind' }, doc.kind)),
    el('span', { className: 'meta' }, `updated ${new Date(doc.updatedAt).toLocaleString()}`),
  );
}

async function workspaceSection(workspace: Workspace): Promise<HTMLElement> {
  const { documents } = await listDocuments(workspace.id);
  return el(
    'section',
    { id: `workspace-${workspace.id}` },
    el('h1', {}, workspace.name),
    documents.length ? el('ul', { className: 'documents' }, ...documents.map(documentItem)) : el('p', {}, 'No documents yet.'),
  );
}

async function render(): Promise<void> {
  try {
    const { workspaces } = await listWorkspaces();
    const sections = await Promise.all(workspaces.map(workspaceSection));
    app.replaceChildren(...(sections.length ? sections : [el('p', {}, 'No workspaces yet.')]));
  } catch (error) {
    app.replaceChildren(el('p', { className: 'error' }, `Could not load the documents: ${(error as Error).message}. Is the server running?`));
  }
}

void render();
