// Starter draft written for the demo workspace; not the text of the IGF 2015 outcome document.
import type { SeedDocument } from './types.js';

/** Best practice forum on multistakeholder mechanisms: a draft outcome document at its first stage. */
export const bpfMultistakeholder: SeedDocument = {
  id: 'bpf-multistakeholder',
  title: 'Best Practice Forum on Multistakeholder Mechanisms — Draft outcome document',
  kind: 'outcome',
  blocks: [
    {
      type: 'heading',
      level: 1,
      text: 'Best Practice Forum on Strengthening Multistakeholder Participation Mechanisms',
    },
    { type: 'heading', level: 2, text: 'Introduction' },
    {
      type: 'paragraph',
      text: 'The multistakeholder model is widely endorsed as the way in which Internet governance should be conducted, yet there is less agreement on what makes a multistakeholder process effective and legitimate in practice. This forum collects experience of mechanisms that have enabled meaningful participation, and of the obstacles that have prevented it.',
    },
    {
      type: 'paragraph',
      text: 'The forum builds on the 2014 work on developing meaningful multistakeholder participation mechanisms, which looked at the IGF itself, at national and regional IGF initiatives, and at other Internet governance processes.',
    },
    { type: 'heading', level: 2, text: 'Methodology' },
    {
      type: 'paragraph',
      text: 'Input was gathered through the open mailing list, virtual meetings and a short questionnaire sent to national, regional and youth IGF initiatives. Contributors were asked to describe not only what their processes intend, but how participation has worked in practice.',
    },
    { type: 'heading', level: 2, text: 'Emerging practices' },
    {
      type: 'paragraph',
      text: 'Participants highlighted transparency at every stage of a process: how participants are selected, how inputs are considered, and how outcomes are reached. Processes that publish their working documents and explain how comments were taken into account tend to be seen as legitimate, even by those whose views did not prevail.',
    },
    {
      type: 'paragraph',
      text: 'Remote participation, travel support and the timing of consultations were cited as practical conditions for the participation of stakeholders from developing countries and of those with limited resources. Participants cautioned that openness on paper does not guarantee participation in practice.',
    },
  ],
};
