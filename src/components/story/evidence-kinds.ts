/**
 * The evidence labels a <Claim> carries, with the one-sentence meaning a reader sees in the key
 * near the top of the story and in the popover on each label. The words are in the dictionary
 * (content/ui/en.yaml, storyTags.evidenceKinds and storyTags.evidenceKey); the kinds are listed
 * once in src/lib/i18n/schema.ts. Build-time only: the story's tag components render on the server.
 */
import { EVIDENCE_KIND_IDS } from '../../lib/i18n/schema';
import { t } from '../../lib/i18n/t';

export type EvidenceKind = (typeof EVIDENCE_KIND_IDS)[number];

export const EVIDENCE_KINDS = Object.fromEntries(EVIDENCE_KIND_IDS.map((k) => [k, {
  label: t(`storyTags.evidenceKinds.${k}.label` as const),
  meaning: t(`storyTags.evidenceKinds.${k}.meaning` as const),
}])) as Record<EvidenceKind, { label: string; meaning: string }>;

/** The popover that explains a label (rendered once per kind per page by <EvidencePopovers>). */
export const evidencePopoverId = (kind: EvidenceKind): string => `evidence-key-${kind}`;

export const EVIDENCE_KEY_STRINGS = {
  title: t('storyTags.evidenceKey.title'),
  intro: t('storyTags.evidenceKey.intro'),
  popoverLink: t('storyTags.evidenceKey.popoverLink'),
  hiddenPrefix: t('storyTags.evidenceKey.hiddenPrefix'),
  hiddenSuffix: t('storyTags.evidenceKey.hiddenSuffix'),
};
