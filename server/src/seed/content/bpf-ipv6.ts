// Starter draft written for the demo workspace; not the text of the IGF 2015 outcome document.
import type { SeedDocument } from './types.js';

/** Best practice forum on IPv6: a draft outcome document at its first stage. */
export const bpfIpv6: SeedDocument = {
  id: 'bpf-ipv6',
  title: 'Best Practice Forum on IPv6 — Draft outcome document',
  kind: 'outcome',
  blocks: [
    { type: 'heading', level: 1, text: 'Best Practice Forum on Creating an Enabling Environment for IPv6 Adoption' },
    { type: 'heading', level: 2, text: 'Introduction' },
    {
      type: 'paragraph',
      text: 'The pool of unallocated IPv4 addresses is exhausted or close to exhaustion in most regions. The continued growth of the Internet, including the connection of the next billion users, depends on the deployment of IPv6 alongside IPv4 and, in time, in its place.',
    },
    {
      type: 'paragraph',
      text: 'The technology itself is mature. This forum is concerned with the economic and policy conditions that encourage or hold back its adoption by network operators, content providers, enterprises and public administrations.',
    },
    { type: 'heading', level: 2, text: 'Methodology' },
    {
      type: 'paragraph',
      text: 'The forum invited case studies through its open mailing list and through the regional Internet registries and network operator groups, asking contributors what prompted their deployment decisions and which obstacles they met along the way.',
    },
    { type: 'heading', level: 2, text: 'Emerging practices' },
    {
      type: 'paragraph',
      text: 'Deployment decisions are driven primarily by business considerations. Practices reported as helpful include IPv6 requirements in public procurement, training programmes for network engineers, and the publication of deployment measurements that let operators compare their progress with that of their peers.',
    },
    {
      type: 'paragraph',
      text: 'Participants cautioned against measures that prolong dependence on IPv4 without a path to IPv6, and stressed that content and services should be reachable over IPv6, so that users on IPv6-only or translated networks are not disadvantaged.',
    },
  ],
};
