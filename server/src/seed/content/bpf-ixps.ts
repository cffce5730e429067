// Starter draft written for the demo workspace; not the text of the IGF 2015 outcome document.
import type { SeedDocument } from './types.js';

/** Best practice forum on IXPs: a draft outcome document at its first stage. */
export const bpfIxps: SeedDocument = {
  id: 'bpf-ixps',
  title: 'Best Practice Forum on IXPs — Draft outcome document',
  kind: 'outcome',
  blocks: [
    { type: 'heading', level: 1, text: 'Best Practice Forum on Enabling Environments to Establish Successful IXPs' },
    { type: 'heading', level: 2, text: 'Introduction' },
    {
      type: 'paragraph',
      text: 'Internet exchange points (IXPs) allow networks to exchange traffic locally rather than over distant and often costly international links. Where they succeed, they reduce costs and latency, improve resilience, and encourage the hosting of content closer to users.',
    },
    {
      type: 'paragraph',
      text: 'This forum, one of the new themes agreed for IGF 2015, looks at the conditions that help IXPs to be established and to grow, drawing on the experience of exchange points in different regions and at different stages of development.',
    },
    { type: 'heading', level: 2, text: 'Methodology' },
    {
      type: 'paragraph',
      text: 'Operators of exchange points, their member networks, regulators and the regional technical community were invited to contribute through the mailing list and virtual meetings. The draft will be published for public consultation before the IGF 2015 meeting.',
    },
    { type: 'heading', level: 2, text: 'Emerging practices' },
    {
      type: 'paragraph',
      text: 'The success of an IXP depends less on its equipment than on trust and cooperation among the networks that use it. Neutral governance, a transparent and non-discriminatory membership policy, and the involvement of the local technical community were cited repeatedly.',
    },
    {
      type: 'paragraph',
      text: 'A supportive environment is one in which regulation does not impose unnecessary licensing requirements on exchange points, and in which access to neutral facilities, power and cross-connects is affordable. Government support can be valuable, provided it respects the neutrality of the exchange.',
    },
  ],
};
