// Written for the demo workspace, in the manner of the IGF 2015 inter-sessional compilation.
// The contributed paragraphs are illustrative: the initiatives named did not submit this text,
// and the document says so in its opening note.
import type { SeedDocument } from './types.js';

/**
 * The horizontal compilation: an intro, the pillars as headings, and paragraphs of which some
 * carry their contributor's attribution in the text, as compilations keep it.
 */
export const policyMenusCnb: SeedDocument = {
  id: 'policy-menus-cnb',
  title: 'Policy Menus for Connecting the Next Billion',
  kind: 'compilation',
  blocks: [
    { type: 'heading', level: 1, text: 'Policy Menus for Connecting the Next Billion' },
    {
      type: 'bullet-list',
      items: [
        'Demonstration draft: the contributed paragraphs below are illustrative and are not submissions received from the initiatives named.',
      ],
    },
    { type: 'heading', level: 2, text: 'Introduction' },
    {
      type: 'paragraph',
      text: "This document compiles contributions to the horizontal inter-sessional work stream on 'Policy Menus for Connecting the Next Billion', agreed by the Multistakeholder Advisory Group (MAG) in preparation for IGF 2015. It brings together in one place the policy options put forward by national, regional and youth IGF initiatives, dynamic coalitions, best practice forums and individual stakeholders.",
    },
    {
      type: 'paragraph',
      text: 'The compilation does not rank policy options or prescribe a single path. It offers decision-makers a menu from which to choose according to their own circumstances, and it records where views differ, so that these differences can be discussed openly at the IGF 2015 meeting.',
    },
    { type: 'heading', level: 2, text: 'Methodology' },
    {
      type: 'paragraph',
      text: 'The IGF Secretariat invited national, regional and youth IGF initiatives to contribute on a voluntary basis, either by suggesting pillars for the policy menus or by sharing messages and conclusions that emerged from their own discussions on the theme. Each contribution is reproduced with its attribution. Editorial changes are limited to format and length; where contributions overlap, they are kept side by side rather than merged.',
    },
    { type: 'heading', level: 2, text: 'Emerging pillars' },
    { type: 'heading', level: 3, text: 'Deploying infrastructure' },
    {
      type: 'paragraph',
      text: 'Connectivity gaps are most persistent where the cost of deploying infrastructure is high relative to expected demand, in rural and remote areas in particular. Options raised so far include infrastructure-sharing arrangements, open-access obligations for publicly funded backbone networks, and the coordination of civil works so that ducts are laid whenever roads or power lines are built.',
    },
    {
      type: 'paragraph',
      text: 'Suggested by the West African IGF: universal service funds should publish how their resources are collected and spent, and should be open to community networks and small local operators as well as to established operators, so that the funds reach the areas they were created for.',
    },
    { type: 'heading', level: 3, text: 'Enabling users' },
    {
      type: 'paragraph',
      text: 'Suggested by the Asia Pacific Regional IGF: digital literacy programmes work best when they are offered in local languages and built around services people already need, such as mobile payments, agricultural information or health services, rather than around the technology itself.',
    },
    { type: 'heading', level: 3, text: 'Ensuring affordability' },
    {
      type: 'paragraph',
      text: 'The cost of devices and of data remains a decisive barrier for many people who already live within reach of a network. Options under discussion include reviewing taxes and import duties on devices and services, encouraging competition in national and international transit, and supporting local Internet exchange points so that domestic traffic stays local.',
    },
    { type: 'heading', level: 3, text: 'Creating an enabling environment' },
    {
      type: 'paragraph',
      text: 'Contributors stressed that connecting the next billion is not only a matter of networks. Predictable regulation, transparent spectrum management, trust in online services and the availability of relevant local content all influence whether people who could go online choose to do so.',
    },
  ],
};
