/**
 * A consultation round in the demo workspace, so `npm start` shows the public page at once:
 * the BPF draft on abuse against women online (a BPF that did run a public review in 2015)
 * frozen as "Draft for public review", open for thirty days from the first start. Idempotent:
 * nothing is done when the document already has a round.
 */
import type { Identity } from '../identity/identity.js';
import type { Logger } from '../logger.js';
import type { RoundService } from '../rounds/service.js';
import type { RecordStore } from '../storage/types.js';
import type { VersionService } from '../versions/service.js';
import { demoPeople } from './demo-people.js';

export interface SeedRoundDeps {
  records: RecordStore;
  identity: Identity;
  versions: VersionService;
  rounds: RoundService;
  logger: Logger;
}

/** The demo document that carries the demo round. */
export const demoRoundDocument = 'bpf-women-online';

const DAY = 24 * 3600 * 1000;

export async function seedDemoRound({ records, identity, versions, rounds, logger }: SeedRoundDeps): Promise<void> {
  if ((await rounds.list(demoRoundDocument)).length > 0) return;
  const document = await records.getDocument(demoRoundDocument);
  const coordinator = await identity.people.findPersonByEmail(demoPeople.find((p) => p.role === 'coordinator')!.email);
  if (!document || !coordinator) return;
  const version = await versions.save(document, coordinator.id, {
    name: 'Draft for public review',
    note: 'Frozen for the demo consultation round.',
  });
  const now = rounds.now().getTime();
  const round = await rounds.create(demoRoundDocument, coordinator.id, {
    versionId: version.id,
    title: 'Public review of the draft on countering abuse against women online',
    introduction:
      'The Best Practice Forum invites everyone to comment on its draft outcome document. Comment on a paragraph or a passage, or make a general comment; agree or disagree with paragraphs. Every comment will be considered, and the forum will publish its responses with the revised version.',
    // A minute back, so the round is open the moment the server answers.
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 30 * DAY).toISOString(),
    participation: 'anyone',
    moderation: 'immediate',
  });
  logger.info('opened the demo consultation round', {
    document: demoRoundDocument,
    path: `/consult/${round.id}`,
    closesAt: round.closesAt,
  });
}
