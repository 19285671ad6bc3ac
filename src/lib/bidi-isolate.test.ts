import { describe, expect, it } from 'vitest';
import { isolateBidi } from './bidi-isolate';

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

describe('isolateBidi', () => {
  it('leaves text without directional controls as it is, Arabic included', () => {
    expect(isolateBidi('Putin in Pyongyang')).toBe('Putin in Pyongyang');
    expect(isolateBidi('بوتين في بيونغ يانغ (2024)')).toBe('بوتين في بيونغ يانغ (2024)');
  });

  it('puts text with an unterminated override in an isolate that ends it', () => {
    expect(isolateBidi(`Payment to ${RLO}ynaPmoC`)).toBe(`${FSI}Payment to ${RLO}ynaPmoC${PDI}`);
  });

  it('keeps controls that are closed, inside the isolate', () => {
    const spoof = `Invoice ${RLO}fdp.exe${PDF} received`;
    expect(isolateBidi(spoof)).toBe(`${FSI}${spoof}${PDI}`);
    const nested = `a ${RLI}b ${RLO}c${PDI} d`;
    expect(isolateBidi(nested)).toBe(`${FSI}${nested}${PDI}`);
  });

  it('drops closers with nothing of the text’s own to close, which would end the isolate early', () => {
    expect(isolateBidi(`a${PDI}${RLO}b`)).toBe(`${FSI}a${RLO}b${PDI}`);
    expect(isolateBidi(`a${PDF}b`)).toBe(`${FSI}ab${PDI}`);
    // A PDF inside an isolate cannot close an embedding opened outside it.
    expect(isolateBidi(`${RLO}a${RLI}b${PDF}c${PDI}`)).toBe(`${FSI}${RLO}a${RLI}bc${PDI}${PDI}`);
  });
});
