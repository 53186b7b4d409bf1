/** Site-wide words used in metadata and citations. */
export const SITE = {
  name: 'Fentanyl Policy Explainer',
  shortName: 'Fentanyl policy',
  description:
    'The U.S. fentanyl policy debate, laid out fairly with sourced figures: stopping supply at the border and abroad, or reducing demand through treatment, prevention and naloxone.',
  lang: 'en',
} as const;
