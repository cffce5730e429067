/**
 * Seeds the demo workspace on the server, never from a client (two clients seeding at
 * once would duplicate the content). Idempotent and resumable: a document is seeded only
 * when it has no record or no stored content, so a crash half-way is finished at the
 * next start and nothing is ever seeded twice.
 */
import type { Identity } from '../identity/identity.js';
import type { Logger } from '../logger.js';
import type { DocumentStore, RecordStore } from '../storage/types.js';
import { demoDocuments, demoWorkspace } from './demo.js';
import { demoPassword, demoPeople } from './demo-people.js';
import { blocksToYjsUpdate } from './lexical-content.js';

export interface SeedDeps {
  records: RecordStore;
  documents: DocumentStore;
  identity: Identity;
  logger: Logger;
}

/**
 * Whether a document has stored content, without reading a long log: every start asks this of
 * each demo document, which people may have edited for months. Only a document with no update
 * after its snapshot is loaded, and then that is just the snapshot.
 */
async function hasContent(documents: DocumentStore, documentId: string): Promise<boolean> {
  if ((await documents.countUpdates(documentId)) > 0) return true;
  return (await documents.load(documentId)).snapshot !== undefined;
}

export async function seedDemo({ records, documents, identity, logger }: SeedDeps): Promise<void> {
  let seeded = 0;
  if (!(await records.getWorkspace(demoWorkspace.id))) await records.createWorkspace(demoWorkspace);
  for (const demo of demoDocuments) {
    if (!(await records.getDocument(demo.id))) {
      await records.createDocument({ id: demo.id, workspaceId: demoWorkspace.id, title: demo.title, kind: demo.kind });
    }
    if (await hasContent(documents, demo.id)) continue;
    await documents.append(demo.id, [blocksToYjsUpdate(demo.blocks)]);
    seeded++;
  }
  let people = 0;
  for (const { role, ...person } of demoPeople) {
    if (await identity.people.findPersonByEmail(person.email)) continue;
    await identity.people.addPerson(person, {
      actorPersonId: null,
      password: demoPassword,
      grant: { workspaceId: demoWorkspace.id, role },
      via: 'demo seed',
    });
    people++;
  }
  if (seeded || people)
    logger.info('seeded the demo workspace', {
      workspace: demoWorkspace.id,
      documents: seeded,
      people,
      password: demoPassword,
    });
}
