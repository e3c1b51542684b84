/** The programme's partner organisations (PRODUCT.md), as seeded for demos. */
import type { Country, OrganisationKind } from '@klasteris/contracts';

export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  country: Country;
}

export const DEMO_ORGANISATION_NAMES = {
  university: 'Lithuanian University of Educational Sciences',
  utena: 'Utena district municipality',
  druskininkai: 'Druskininkai district municipality',
  prienai: 'Prienai district municipality',
  birzai: 'Biržai district municipality',
  birzaiHealth: 'Biržai public health bureau',
  prienaiCare: 'Prienai care home',
  druskininkaiEducation: 'Druskininkai education centre',
  utenaLibrary: 'Utena public library',
  designCollege: 'Vilnius Design College',
  democraticCollege: 'Lithuanian College of Democratic Education',
  gintarine: 'Gintarinė akademija',
  norway: 'Flexible Education Norway',
} as const;

const names = DEMO_ORGANISATION_NAMES;

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { name: names.university, kind: 'university', country: 'LT' },
  { name: names.utena, kind: 'municipality', country: 'LT' },
  { name: names.druskininkai, kind: 'municipality', country: 'LT' },
  { name: names.prienai, kind: 'municipality', country: 'LT' },
  { name: names.birzai, kind: 'municipality', country: 'LT' },
  { name: names.birzaiHealth, kind: 'public_body', country: 'LT' },
  { name: names.prienaiCare, kind: 'public_body', country: 'LT' },
  { name: names.druskininkaiEducation, kind: 'public_body', country: 'LT' },
  { name: names.utenaLibrary, kind: 'public_body', country: 'LT' },
  { name: names.designCollege, kind: 'university', country: 'LT' },
  { name: names.democraticCollege, kind: 'university', country: 'LT' },
  { name: names.gintarine, kind: 'ngo', country: 'LT' },
  { name: names.norway, kind: 'ngo', country: 'NO' },
];
