// Reads a digest's plain-text body back into its sections, as a reader scanning the email would.
import { FOLLOW_UP_STRINGS, type FollowUpSectionTitles } from '../../../src/core/i18n/followup';
import type { Digest } from '../../../src/core/followup';

/** The item lines under a section's heading, or null when the email has no such section. */
export function sectionLines(digest: Digest, section: keyof FollowUpSectionTitles): string[] | null {
  const title = FOLLOW_UP_STRINGS[digest.language].sections[section];
  const block = digest.body.split('\n\n').find((candidate) => candidate.startsWith(`${title} (`));
  return block ? block.split('\n').slice(1) : null;
}

/** The task texts listed in a section, without their details. */
export function sectionTexts(digest: Digest, section: keyof FollowUpSectionTitles): string[] {
  return (sectionLines(digest, section) ?? [])
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).replace(/ \(.*\)$/, ''));
}
