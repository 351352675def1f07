// Decides what a run does with each digest: send now, queue for lack of quota, skip and why, or replace.
import { addressKey } from './recipients';
import { buildDigest, buildDigests, type DigestSource } from './digest';
import type { Decision, Digest, QueuedDigest, RunPlan } from './types';
import { isoWeekKey } from './week';

export interface RunState {
  /** Keys already sent (stored, and read back from the log). */
  sentKeys: ReadonlySet<string>;
  /** Digests an earlier run could not send; rebuilt here from today's data. */
  queued: QueuedDigest[];
  /** MailApp's remaining daily quota: each digest costs its To and Cc addresses. */
  quotaLeft: number;
  /** "Send now" from the sidebar: runs even when turned off and sends an empty digest. */
  force: boolean;
}

function recipientCost(digest: Digest): number {
  return digest.recipient.to.length + digest.recipient.cc.length;
}

/**
 * Queued digests come first, oldest first: they have waited longest. A queued digest whose people get a
 * digest this week is not sent twice: this week's, built from the same fresh data, replaces it.
 */
function candidates(
  source: DigestSource,
  queued: QueuedDigest[],
): { carried: Digest[]; fresh: Digest[]; replaced: Decision[] } {
  const fresh = buildDigests(source);
  const freshByAddress = new Map(fresh.map((digest) => [addressKey(digest.recipient), digest]));
  const replaced: Decision[] = [];
  const carried: Digest[] = [];
  const seenKeys = new Set(fresh.map((digest) => digest.key));
  for (const entry of queued) {
    const digest = buildDigest(entry.recipient, entry.week, source);
    if (seenKeys.has(digest.key)) continue;
    seenKeys.add(digest.key);
    const newer = freshByAddress.get(addressKey(entry.recipient));
    if (newer) replaced.push({ digest, action: 'replace', by: newer });
    else carried.push(digest);
  }
  return { carried, fresh, replaced };
}

function decide(digest: Digest, state: RunState, sendWhenEmpty: boolean, budget: { left: number }): Decision {
  if (digest.recipient.to.length === 0) return { digest, action: 'skip', reason: 'no-email' };
  if (state.sentKeys.has(digest.key)) return { digest, action: 'skip', reason: 'already-sent' };
  if (digest.empty && !sendWhenEmpty) return { digest, action: 'skip', reason: 'empty' };
  const cost = recipientCost(digest);
  if (cost > budget.left) return { digest, action: 'queue' };
  budget.left -= cost;
  return { digest, action: 'send' };
}

export function planRun(source: DigestSource, state: RunState): RunPlan {
  const week = isoWeekKey(source.context.today);
  const { carried, fresh, replaced } = candidates(source, state.queued);
  if (!source.settings.enabled && !state.force) {
    // Turned off, nothing new goes out, but what was queued stays queued: nothing is dropped.
    const waiting = [...replaced.map((decision) => decision.digest), ...carried];
    const kept = waiting.map((digest): Decision => ({ digest, action: 'queue' }));
    const skipped = fresh.map((digest): Decision => ({ digest, action: 'skip', reason: 'disabled' }));
    return { week, decisions: [...kept, ...skipped] };
  }
  const sendWhenEmpty = source.settings.sendWhenEmpty || state.force;
  const budget = { left: Math.max(0, state.quotaLeft) };
  const decisions = [...carried, ...fresh].map((digest) => decide(digest, state, sendWhenEmpty, budget));
  return { week, decisions: [...replaced, ...decisions] };
}

/** What to store as the queue after a run: only recipients and weeks, since bodies are rebuilt next time. */
export function queueOf(decisions: Decision[]): QueuedDigest[] {
  return decisions
    .filter((decision) => decision.action === 'queue')
    .map(({ digest }) => ({ week: digest.week, recipient: digest.recipient }));
}
