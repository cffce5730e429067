// Starter draft written for the demo workspace; not the text of the IGF 2015 outcome document.
import type { SeedDocument } from './types.js';

/** Best practice forum on countering abuse against women online: a draft outcome document at its first stage. */
export const bpfWomenOnline: SeedDocument = {
  id: 'bpf-women-online',
  title: 'Best Practice Forum on Countering Abuse against Women Online — Draft outcome document',
  kind: 'outcome',
  blocks: [
    { type: 'heading', level: 1, text: 'Best Practice Forum on Practices to Countering Abuse against Women Online' },
    { type: 'heading', level: 2, text: 'Introduction' },
    {
      type: 'paragraph',
      text: "Online abuse and gender-based violence against women are a growing concern for stakeholders of every kind. They can restrict women's ability to take up the opportunities the Internet offers, including freedom of expression, access to information and participation in public life. This forum is one of the three new best practice forums agreed by the MAG for IGF 2015.",
    },
    {
      type: 'paragraph',
      text: 'The forum does not seek to propose a single definition of online abuse. It aims instead to document the forms such abuse takes, the responses that governments, companies, civil society and the technical community have tried, and the lessons that can be drawn from them.',
    },
    { type: 'heading', level: 2, text: 'Methodology' },
    {
      type: 'paragraph',
      text: 'Participation is open. In addition to the mailing list and virtual meetings, the forum intends to run a short survey and to invite case studies from different regions, so that the outcome reflects experience beyond that of its most active participants.',
    },
    { type: 'heading', level: 2, text: 'Emerging practices' },
    {
      type: 'paragraph',
      text: 'Early discussions identified a need for clear and accessible reporting mechanisms on platforms, for timely responses to reports, and for transparency about how reports are handled. Participants also pointed to the role of education and awareness-raising, and to the importance of involving those affected in the design of responses.',
    },
    {
      type: 'paragraph',
      text: 'Measures to counter abuse must be consistent with human rights, including freedom of expression and privacy. Participants noted that responses drawn too broadly risk silencing the very voices they aim to protect.',
    },
  ],
};
