import { describe, expect, it } from 'vitest';
import { readScriptLiteral, startsAsAssignment } from './script-literal';

describe('readScriptLiteral', () => {
  it('reads an object literal with single quotes, comments and trailing commas', () => {
    // Cut from simile-widgets/timeline src/webapp/examples/cubism/cubism.js.
    const text = `{
'dateTimeFormat': 'iso8601',
'wikiURL': "http://simile.mit.edu/shelf/",
'events' : [
        {'start': '1924',
        'title': 'Barfusserkirche', // the first
        },
]
}
`;
    expect(readScriptLiteral(text)).toEqual({
      data: {
        dateTimeFormat: 'iso8601',
        wikiURL: 'http://simile.mit.edu/shelf/',
        events: [{ start: '1924', title: 'Barfusserkirche' }],
      },
    });
  });

  it('reads the literal a variable is given, and leaves the code after it', () => {
    // As simile-widgets/timeline src/webapp/examples/local_example/local_data.js starts.
    const text = `var timeline_data = {  // save as a global variable
'dateTimeFormat': 'iso8601',
'events' : [{'start': '2020', 'title': "It's } here"}]
};
function onLoad() { tl = Timeline.create(document.body, [], 0); }`;
    expect(startsAsAssignment(text)).toBe(true);
    expect(readScriptLiteral(text)).toEqual({
      data: { dateTimeFormat: 'iso8601', events: [{ start: '2020', title: "It's } here" }] },
    });
    expect(readScriptLiteral('window.data = [1, 2,];')).toEqual({ data: [1, 2] });
  });

  it('runs nothing and refuses what is not a literal', () => {
    expect(readScriptLiteral('var d = { start: new Date(2020, 1, 1) };')).toBeNull();
    expect(readScriptLiteral('var d = load();')).toBeNull();
    expect(readScriptLiteral('{ "a": 1')).toBeNull();
    expect(readScriptLiteral('date,title\n2020,x')).toBeNull();
    expect(startsAsAssignment('date,title')).toBe(false);
  });
});
