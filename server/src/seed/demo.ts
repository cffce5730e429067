import {
  bpfCsirts,
  bpfIpv6,
  bpfIxps,
  bpfMultistakeholder,
  bpfSpam,
  bpfWomenOnline,
  magMeetingSummary,
  policyMenusCnb,
  type SeedDocument,
} from './content/index.js';

export type { SeedBlock, SeedDocument } from './content/index.js';

/** The workspace a fresh installation starts with, modelled on the IGF's advisory group. */
export const demoWorkspace = {
  id: 'demo',
  name: 'IGF 2015 Multistakeholder Advisory Group (demo)',
} as const;

/**
 * The demo workspace's documents, in the order they are listed: the meeting summary that
 * describes the group's work first, then the compilation and the six BPF outcome documents.
 */
export const demoDocuments: SeedDocument[] = [
  magMeetingSummary,
  policyMenusCnb,
  bpfSpam,
  bpfCsirts,
  bpfMultistakeholder,
  bpfWomenOnline,
  bpfIpv6,
  bpfIxps,
];
