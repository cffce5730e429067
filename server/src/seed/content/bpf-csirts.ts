// Starter draft written for the demo workspace; not the text of the IGF 2015 outcome document.
import type { SeedDocument } from './types.js';

/** Best practice forum on CSIRTs: a draft outcome document at its first stage. */
export const bpfCsirts: SeedDocument = {
  id: 'bpf-csirts',
  title: 'Best Practice Forum on CSIRTs — Draft outcome document',
  kind: 'outcome',
  blocks: [
    { type: 'heading', level: 1, text: 'Best Practice Forum on Computer Security Incident Response Teams (CSIRTs)' },
    { type: 'heading', level: 2, text: 'Introduction' },
    {
      type: 'paragraph',
      text: 'Computer Security Incident Response Teams play a central role in responding to security incidents and in building trust among those responsible for the security of the Internet. This document continues the 2014 work of the forum and looks at how CSIRTs can be established, sustained and connected with one another and with other stakeholders.',
    },
    {
      type: 'paragraph',
      text: 'The term CSIRT covers teams with very different mandates: national teams, sectoral teams, and teams within companies, universities and network operators. Practices that suit one kind of team do not necessarily suit another, and this document tries to make that distinction explicit.',
    },
    { type: 'heading', level: 2, text: 'Methodology' },
    {
      type: 'paragraph',
      text: 'The forum reactivated the mailing list used in 2014 and held open virtual meetings. Incident responders, policy makers and researchers were invited to describe how their teams were set up and funded, and how they cooperate. The draft will be opened for public comment before the IGF 2015 meeting.',
    },
    { type: 'heading', level: 2, text: 'Emerging practices' },
    {
      type: 'paragraph',
      text: 'Trust between teams is built over time: through personal contacts, participation in regional and global associations of incident responders, and the consistent handling of shared information. Participants noted that this trust is fragile and can be undermined if information shared for incident response is used for other purposes.',
    },
    {
      type: 'paragraph',
      text: "CSIRTs work within a wider ecosystem that includes network operators, software vendors, law enforcement and users. A clear public description of a team's constituency, services and information-handling policy helps other actors know when and how to work with it.",
    },
  ],
};
