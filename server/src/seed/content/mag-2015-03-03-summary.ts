/*
 * Source: "Virtual Multistakeholder Advisory Group Meeting V, 3 March 2015 — Summary report",
 * the summary of the IGF MAG virtual meeting of 3 March 2015 published by the Internet
 * Governance Forum Secretariat (intgovforum.org), copied from a text extraction of the
 * published PDF (the brief's reference file seeds/000_b5f0e73a72a56317.txt).
 *
 * Faithful copy, with only these editorial changes:
 * - the "N." / "- N." paragraph numbers are dropped (the editor numbers paragraphs itself);
 *   the original number is kept as a comment above each paragraph for checking;
 * - bold and italic markers (**…**, *…*) are removed, the words kept;
 * - paragraph 5, split by a page break, is joined again;
 * - the page footnote of paragraph 7 is placed after the last paragraph;
 * - the annex's participant table is reflowed to one "Name — Affiliation" item per person.
 *   Text-extraction debris with no counterpart in the table was dropped: "The second of th",
 *   "MAC", "Cascinio, Angene", "<i>-</i>, , ,", "M. Charactic C. L.", a lone "-" and ",",
 *   "Ma Nama Ana" and "- 18, - 28.". Spellings of the original are kept (e.g. "Servian").
 */
import type { SeedDocument } from './types.js';

/** The MAG meeting summary of 3 March 2015: 16 numbered paragraphs under six headings, and its annex. */
export const magMeetingSummary: SeedDocument = {
  id: 'mag-2015-03-03-summary',
  title: 'Virtual Multistakeholder Advisory Group Meeting V, 3 March 2015 — Summary report',
  kind: 'summary',
  blocks: [
    { type: 'heading', level: 1, text: 'Virtual Multistakeholder Advisory Group Meeting V 3 March 2015' },
    { type: 'heading', level: 2, text: 'Summary report' },
    // 1.
    {
      type: 'paragraph',
      text: "The fifth virtual meeting of the IGF Multistakeholder Advisory Group (MAG) in the IGF 2015 preparatory process took place on 3 March 2015. Ambassador Jānis Kārkliņš from Latvia moderated the meeting as Chair of the MAG and Mr. Chengetai Masango represented the IGF Secretariat. The meeting was focused on discussions on the preparations for the tenth IGF meeting and included progress reports from various MAG working groups. Some MAG members joined the virtual meeting from UNESCO headquarters in Paris, France where they were participating in the UNESCO 'CONNECTing the Dots: Options for Future Action' conference.",
    },
    { type: 'heading', level: 2, text: 'Modalities of inter-sessional work' },
    // 2.
    {
      type: 'paragraph',
      text: 'MAG members discussed the progress made thus far and possible next steps to take forward the various inter-sessional work streams. It was said that work should soon start on the six Best Practice Forums (BPFs) agreed for IGF 2015: the three BPFs retained from IGF 2014: spam, CSIRTs (both to be coordinated by Mr. Markus Kummer), and multistakeholder mechanisms (to be coordinated by Ms. Avri Doria), and the three new themes: practices to countering abuse against women online, IPv6, and IXPs. For the three retained BPFs, the mailing lists used in 2014 will be reactivated and the coordinators will invite the community to continue the work from where it was left last year. A call was made for volunteers from the MAG to coordinate the three new themes. ISOC volunteered to coordinate the work on IXPs.',
    },
    // 3.
    {
      type: 'paragraph',
      text: 'The MAG agreed that a methodology similar to the one used for the IGF 2014 BPFs would be implemented this year. Thus, for each BPF, lead experts together with a MAG coordinator will facilitate a process that will consist in: bringing together, in an open fashion, a group of experts from different stakeholder groups; engaging this group in discussions on the BPF theme and developing (with support from the IGF Secretariat) a draft outcome document that would then be put under public consultation; having a revised version of the outcome document presented and discussed at the IGF 2015 meeting in Brazil. Outreach to all stakeholders in this process was said to be crucial to the success of the BPFs.',
    },
    // 4.
    {
      type: 'paragraph',
      text: 'The Secretariat noted that leaders and coordinators of the 12 active IGF dynamic coalitions had been contacted and invited to participate in a virtual meeting with the MAG, in order to explore how to better integrate these groups and their work in the overall IGF process, including in the various inter-sessional work streams. The details of this meeting, once finalised, will be made public. Some dynamic coalition leaders have already responded to the invitation and have expressed their appreciation for this initiative.',
    },
    // 5.
    {
      type: 'paragraph',
      text: "A robust discussion was held on how to best organize and structure the horizontal work stream of compiling 'Policy Menus for Connecting the Next Billion'. It was agreed that the Secretariat would, as a first step, reach out to the national, regional and other IGF initiatives to invite them to contribute to this work-stream on a voluntary basis. For example, the initiatives could suggest pillars for the 'Policy Menus for Connecting the Next Billion' or could develop messages or conclusions emerging from their discussions on this theme (if they choose to have such discussions). MAG coordinators and other community members need to work together to see how this work could best be structured. National, regional and other IGF initiatives will also be informed about the IGF 2015 overarching theme and sub-themes and will be invited to join the work on the BPFs.",
    },
    // 6.
    {
      type: 'paragraph',
      text: 'Coordinators of the inter-sessional work, together with all MAG members, and in consultation with the Brazilian host country organizing team need to develop modalities for bringing together all contributions related to the horizontal theme into a single document, and for cataloguing the differences of opinions. The aim would be for such a document to be presented at the Open Consultations and MAG meeting scheduled to take place in September, and then further developed through wide consultation for delivery and possible endorsement at the annual IGF meeting.',
    },
    { type: 'heading', level: 2, text: 'IGF self-assessment' },
    // 7.
    {
      type: 'paragraph',
      text: 'The MAG Working group on IGF self-assessment reported that a dedicated workspace¹ had been set up on the IGF website and it contained various documents relevant for the work of the group. A call was made for more volunteers to contribute to analytical work on IGF self-assessment.',
    },
    // 8.
    {
      type: 'paragraph',
      text: 'The MAG was informed that a number of virtual meetings would be organized to move the work of the group forward in the coming months, with an aim to produce a report to be delivered to the May meeting of the Commission for Science and Technology for Development (CSTD). The group will also reach out to dynamic coalitions and national, regional and other IGF initiatives and invite them to provide their input on IGF assessment.',
    },
    { type: 'heading', level: 2, text: 'Outreach and communications' },
    // 9.
    {
      type: 'paragraph',
      text: 'The Working group on outreach and communications had developed a set of messages related to the IGF, as well as a specific message to be delivered to the UNESCO event. This practice will continue so that the IGF continues to communicate with other relevant Internet governance fora and initiatives throughout the year.',
    },
    // 10.
    {
      type: 'paragraph',
      text: 'A document was created, in collaboration with the Working group on workshop evaluation, selection criteria, and mechanisms, to provide concise information regarding the call for workshop proposals for the IGF 2015 meeting and to help potential workshop proposers formulate their proposals. Once approved by the full MAG, this document will be published on the IGF website and widely circulated.',
    },
    // 11.
    {
      type: 'paragraph',
      text: 'A number of MAG members emphasized the need for enhanced efforts by the MAG and others in the IGF community to increase outreach to governments, both at the missions in New York and Geneva, and in capitals. It was noted that all MAG members need to act as ambassadors of the IGF. Brazil, as the host country for IGF 2015, offered to lead these efforts, together also with previous IGF host countries. The MAG meeting scheduled to take place in New York could be an opportunity for such outreach efforts.',
    },
    { type: 'heading', level: 2, text: 'Update by the Secretariat' },
    // 12.
    {
      type: 'paragraph',
      text: 'The IGF Secretariat reported that webinars for potential workshop proposers would be held in the near future and a virtual meeting with dynamic coalitions was being set up. Consultants and support for the BPFs are also being recruited.',
    },
    // 13.
    {
      type: 'paragraph',
      text: 'In regards to the Host Country Agreement (HCA), both the Secretariat and the host country representative noted that progress had been made and the agreement was about 95% complete. A planning mission was set to take place the week of 16 March and further details will be clarified then.',
    },
    // 14.
    {
      type: 'paragraph',
      text: 'With regard to the merging of the IGF website and the "Friends of the IGF" website, the MAG was informed that this issue is still under the review of the UN legal affairs office. The MAG will be kept informed of the developments regarding this matter.',
    },
    { type: 'heading', level: 2, text: 'Other business' },
    // 15.
    {
      type: 'paragraph',
      text: 'The issue of appointing liaisons from the IGF to the NETmundial Initiative (NMI) was discussed. Several MAG members noted that, as long as there were no conditionality for participating in the initiative, having liaisons in place would be useful, as it would create a two-way information flow between the NMI and the IGF. Nevertheless, not all MAG members favoured such approach and suggested that the fully fledged discussion should be organized during the MAG face to face meeting. Taking into account the upcoming inaugural session of the NMI Coordination Council and as a compromise was agreed that Jānis Kārkliņš, as the MAG chair, and Chengetai Masango, as representative of the IGF Secretariat would act as interim liaisons until May when MAG will take a final stand on the issue.',
    },
    // 16.
    { type: 'paragraph', text: 'The next virtual MAG meeting will be held on 18 March.' },
    // The page footnote of paragraph 7, moved to the end of the body as a plain-text reflow would.
    {
      type: 'bullet-list',
      items: ['¹ http://www.intgovforum.org/cms/community/groups/viewgroup/21-igf-self-assessment-wg'],
    },
    { type: 'heading', level: 1, text: 'Annex' },
    { type: 'heading', level: 2, text: 'List of participants' },
    { type: 'heading', level: 3, text: 'Chair' },
    { type: 'bullet-list', items: ['Mr. Kārkliņš, Jānis — Ambassador at large of Latvia'] },
    { type: 'heading', level: 3, text: 'Honorary Chair' },
    { type: 'bullet-list', items: ['Fonseca, Benedicto — Ambassador, Ministério das Relações Exteriores, Brazil'] },
    { type: 'heading', level: 3, text: 'Advisor to the Chair' },
    { type: 'bullet-list', items: ['Mr. Kummer, Markus — Member, ICANN Board of Directors'] },
    { type: 'heading', level: 3, text: 'MAG members' },
    {
      type: 'bullet-list',
      items: [
        'Ms. Arida, Christine — Director of Telecom Services and Planning Division, National Telecom Regulatory Authority',
        'Ms. Ali Husain Castilho, Angelic Caroline — Diplomat, Ministry of Foreign Affairs of the Republic of Suriname',
        'Mr. Bhatia, Virat — Chairman, Federation of Indian Chambers of Commerce and Industry (FICCI) Communication and Digital Economy Committee, India',
        'Ms. Caballero Romero, María Victoria — First Secretary, Permanent Mission of Mexico',
        'Ms. Cade, Marilyn — CEO, Strategies mCADE llc.',
        'Mr. Carvell, Mark — Head, Global Internet Governance Policy, Department for Culture, Media and Sport (DCMS), United Kingdom Government',
        'Ms. Chalmers, Susan — Internet Policy Consultant, Chalmers & Associates, New Zealand',
        'Ms. Chaturvedi, Subi — Adjunct Faculty/Hon. Managing Trustee, IIIT Delhi',
        'Ms. Das, Ankhi — Head of Public Policy, Facebook India',
        'Mr. Dengate Thrush, Peter — Counsel, Barrister',
        'Ms. Doria, Avri — Independent Researcher, DBA Technicalities',
        'Mr. Elgamal, Hossam — Board Member, AfICTA – Africa ICT Alliance',
        'Mr. Esmat, Baher — Manager, Regional Relations Middle East, Internet Corporation for Assigned Names and Numbers (ICANN)',
        'Mr. Fernández González, Juan Alfonso — Advisor, Ministry of Communications of the Republic of Cuba',
        'Ms. Ho, Bianca — Ambassador, NetMission.Asia',
        'Mr. Kenyanito, Ephraim Percy — Policy Fellow, Access',
        'Ms. Lazanski, Dominique — Public Policy Director, GSM Association',
        'Ms. Miller, Cheryl — Director of International Public Policy and Regulatory Affairs, Verizon',
        'Mr. Moisander, Juuso — Commercial Secretary, Information Society and ICT, Ministry for Foreign Affairs, Finland',
        'Ms. Monzon Bidart, Silvia — Director General, Federation of ICT Ibero-Latin American Industry National Associations',
        'Mr. Nelson, Michael — Information Technology Trends and Internet Policy Consultant',
        'Ms. Neves, Ana — Director of the Department of Information Society, "Fundação para a Ciência e a Tecnologia, I.P.", Ministry of Education and Science, Portugal',
        'Mr. Olugbile, Segun — CEO, Continental Project Affairs Associates',
        'Ms. Okutani, Izumi — Policy Liaison, Japan Network Information Center',
        'Ms. Paque, Virginia — Director Internet Governance Programmes, Diplo Foundation',
        'Mr. Markovic, Slobodan — Advisor for ICT Policy and Internet Community Relations, Servian National Internet Domain Registry',
        'Ms. St. Amour, Lynn — CEO, Internet Matters',
        'Ms. Salakova, Marianne — Consultant on Internet related Policies, Legal Transformations Center',
        'Mr. Valdez, German — Executive Secretary, Number Resource Organization',
        'Ms. Zachariah, Desiree — Country Based Specialist, Antigua and Barbuda, Organization of Eastern Caribbean States.',
      ],
    },
    { type: 'heading', level: 3, text: 'IGF 2015 Host Country' },
    {
      type: 'bullet-list',
      items: [
        'Mr. Ferreira dos Santos Jr. Jandyr — Counsellor, Head of the Information Society Division, Department of Scientific and Technological Themes, Ministry of External Relations',
      ],
    },
    { type: 'heading', level: 3, text: 'Other attendees' },
    { type: 'bullet-list', items: ['Mr. Faye, Makane', 'Mr. Gutterman, Brian', 'Ms. Teleanu, Sorina'] },
    { type: 'heading', level: 3, text: 'IGF Secretariat' },
    {
      type: 'bullet-list',
      items: [
        'Mr. Masango, Chengetai — Programme and Technology Manager',
        'Ms. Barnes, Ma. Victoria — Assistant',
        'Mr. Fatani, Rafid — Consultant',
        'Mr. Quesada Rodríguez, Adrián — Fellow',
        'Ms. Van der Spuy, Anri — Fellow',
      ],
    },
  ],
};
