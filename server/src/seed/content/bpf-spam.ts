// Starter draft written for the demo workspace; not the text of the IGF 2015 outcome document.
import type { SeedDocument } from './types.js';

/** Best practice forum on spam: a draft outcome document at its first stage. */
export const bpfSpam: SeedDocument = {
  id: 'bpf-spam',
  title: 'Best Practice Forum on Spam — Draft outcome document',
  kind: 'outcome',
  blocks: [
    { type: 'heading', level: 1, text: 'Best Practice Forum on Spam' },
    { type: 'heading', level: 2, text: 'Introduction' },
    {
      type: 'paragraph',
      text: 'Unsolicited communications remain a concern for Internet users, network operators and governments alike. Beyond being a nuisance, spam is a common vehicle for fraud, phishing and the distribution of malware, and its costs fall disproportionately on users and operators in developing countries, where bandwidth is scarcer and more expensive.',
    },
    {
      type: 'paragraph',
      text: 'This document continues the work of the IGF 2014 Best Practice Forum on the regulation and mitigation of unwanted communications. It does not repeat that analysis; it seeks to identify practices that have worked in different settings and the conditions under which they can be transferred.',
    },
    { type: 'heading', level: 2, text: 'Methodology' },
    {
      type: 'paragraph',
      text: 'The forum held open virtual meetings and kept a public mailing list. Participants from all stakeholder groups were invited to share experience from their own organisations and countries. This draft will be published for public consultation before a revised version is presented at the IGF 2015 meeting.',
    },
    { type: 'heading', level: 2, text: 'Emerging practices' },
    {
      type: 'paragraph',
      text: 'Participants pointed to the value of cooperation across stakeholder groups: legislation alone has limited effect when the senders, the infrastructure they use and the recipients are in different jurisdictions. Arrangements between enforcement authorities for cross-border cooperation, together with information sharing between network operators and the wider technical community, were cited repeatedly.',
    },
    {
      type: 'paragraph',
      text: "Technical measures such as sender authentication, reputation systems and the management of outbound traffic on operators' networks are widely available, but their adoption remains uneven. Awareness-raising for users, new users in particular, was seen as a necessary complement to both legal and technical measures.",
    },
  ],
};
