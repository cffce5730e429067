/**
 * One demo person per role in the demo workspace, so a fresh `npm start` can be tried from
 * every seat at the table. They share one published password: the demo is for a laptop,
 * and the server binds to 127.0.0.1 unless told otherwise (see the README).
 */
import type { Role, StakeholderGroupId } from '@accord/schema';

/** The password of every demo person. */
export const demoPassword = 'accord-demo';

export interface DemoPerson {
  email: string;
  name: string;
  role: Role;
  stakeholderGroup: StakeholderGroupId;
  affiliation: string;
  country: string;
}

export const demoPeople: readonly DemoPerson[] = [
  {
    email: 'secretariat@demo.example',
    name: 'Amina Diallo',
    role: 'secretariat',
    stakeholderGroup: 'intergovernmental',
    affiliation: 'IGF Secretariat',
    country: 'CH',
  },
  {
    email: 'coordinator@demo.example',
    name: 'Lucas Ferreira',
    role: 'coordinator',
    stakeholderGroup: 'civil-society',
    affiliation: 'Instituto Rede Aberta',
    country: 'BR',
  },
  {
    email: 'member@demo.example',
    name: 'Mei Tanaka',
    role: 'member',
    stakeholderGroup: 'technical-community',
    affiliation: 'APNIC Foundation',
    country: 'JP',
  },
  {
    email: 'member2@demo.example',
    name: 'Jonas Berg',
    role: 'member',
    stakeholderGroup: 'private-sector',
    affiliation: 'Nordlink Telecom',
    country: 'SE',
  },
  {
    email: 'contributor@demo.example',
    name: 'Priya Raman',
    role: 'contributor',
    stakeholderGroup: 'academia',
    affiliation: 'Centre for Internet and Society',
    country: 'IN',
  },
  {
    email: 'observer@demo.example',
    name: 'Carlos Mendoza',
    role: 'observer',
    stakeholderGroup: 'government',
    affiliation: 'Ministry of ICT',
    country: 'CO',
  },
];
