/** The two programme tracks of PRODUCT.md, in catalogue order. */
import type { DemoProgramme } from './demo-programme';
import { INSTITUTIONAL_CAPABILITIES_PROGRAMME } from './demo-programme-institutional-capabilities';
import { SOCIAL_CLUSTERING_PROGRAMME } from './demo-programme-social-clustering';

export const DEMO_PROGRAMMES: readonly DemoProgramme[] = [
  SOCIAL_CLUSTERING_PROGRAMME,
  INSTITUTIONAL_CAPABILITIES_PROGRAMME,
];
