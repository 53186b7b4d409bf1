/** The tags the story's .svx files use; imported into each file by src/lib/story/svx-tags.mjs. */
export { default as Fig } from './Fig.svelte';
export { default as Q } from './Q.svelte';
export { default as Claim } from './Claim.svelte';
export { default as Term } from './Term.svelte';
export { default as ChartSlot } from './ChartSlot.svelte';
export { default as Interactive } from './Interactive.svelte';
export { default as Box } from './Box.svelte';
export { default as EvidenceKey } from './EvidenceKey.svelte';
export { default as FactCheck } from './FactCheck.svelte';
export { default as VerdictScale } from './VerdictScale.svelte';
export { default as Unmeasured } from './Unmeasured.svelte';
export { default as ReadMore } from './ReadMore.svelte';
