import { describe, expect, it } from 'vitest';
import type { DraftEvent, DraftExcerpt } from './draft-document';
import { draftStatusAdvice, statusAdvice } from './status-consistency';

const supports: DraftExcerpt = { source: 'wire', quote: 'the treaty was signed' };
const supportsSaid: DraftExcerpt = { ...supports, stance: 'supports' };
const disputes: DraftExcerpt = { source: 'ministry', quote: 'no treaty', stance: 'disputes' };

const event = (
  status: string | undefined,
  excerpts: DraftExcerpt[],
  id = 'treaty',
): DraftEvent => ({
  id,
  title: 'The treaty is signed',
  start: '2024-06-19',
  actors: ['russia'],
  excerpts,
  ...(status === undefined ? {} : { status }),
});

const kinds = (e: DraftEvent) => statusAdvice(e).map((advice) => advice.kind);

describe('statusAdvice', () => {
  it('confirmed while an excerpt disputes it: says how many dispute it', () => {
    const confirmed = event('confirmed', [supports, disputes, disputes]);
    expect(statusAdvice(confirmed)).toEqual([
      { kind: 'confirmed-but-disputed', event: confirmed, disputing: 2 },
    ]);
    expect(kinds(event('confirmed', [disputes]))).toEqual(['confirmed-but-disputed']);
  });

  it('confirmed with no excerpt at all', () => {
    expect(kinds(event('confirmed', []))).toEqual(['confirmed-without-excerpts']);
  });

  it('disputed with no disputing excerpt, whether it has supporting ones or none', () => {
    expect(kinds(event('disputed', [supports, supportsSaid]))).toEqual([
      'disputed-without-dispute',
    ]);
    expect(kinds(event('disputed', []))).toEqual(['disputed-without-dispute']);
  });

  it('refuted with no disputing excerpt: supporting ones only is the same case', () => {
    expect(kinds(event('refuted', [supports]))).toEqual(['refuted-without-dispute']);
    expect(kinds(event('refuted', []))).toEqual(['refuted-without-dispute']);
  });

  it('gives no advice for a consistent event', () => {
    expect(statusAdvice(event('confirmed', [supports, supportsSaid]))).toEqual([]);
    expect(statusAdvice(event('disputed', [supports, disputes]))).toEqual([]);
    expect(statusAdvice(event('refuted', [disputes]))).toEqual([]);
    // A refuted claim may quote the claim itself beside what refutes it.
    expect(statusAdvice(event('refuted', [supports, disputes]))).toEqual([]);
  });

  it('says nothing where the status claims nothing an excerpt contradicts', () => {
    for (const status of [undefined, 'reported']) {
      expect(statusAdvice(event(status, [disputes]))).toEqual([]);
      expect(statusAdvice(event(status, []))).toEqual([]);
    }
    // A status the format does not know is the validator's to report.
    expect(statusAdvice(event('Confirmed', [disputes]))).toEqual([]);
  });

  it('counts an excerpt whose stance the format does not know neither way', () => {
    const unknown: DraftExcerpt = { ...supports, stance: 'neutral' };
    expect(statusAdvice(event('confirmed', [unknown]))).toEqual([]);
    expect(kinds(event('refuted', [unknown]))).toEqual(['refuted-without-dispute']);
  });
});

describe('draftStatusAdvice', () => {
  it('lists the advice of every event, in the draft’s order', () => {
    const events = [
      event('refuted', [supports], 'a'),
      event('confirmed', [supports], 'b'),
      event(undefined, [], 'c'),
      event('confirmed', [disputes], 'd'),
    ];
    expect(draftStatusAdvice(events).map((advice) => [advice.event.id, advice.kind])).toEqual([
      ['a', 'refuted-without-dispute'],
      ['d', 'confirmed-but-disputed'],
    ]);
    expect(draftStatusAdvice([events[1]!, events[2]!])).toEqual([]);
  });
});
