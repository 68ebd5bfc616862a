import { describe, expect, it } from 'vitest';
import { checkFetchAction, checkFormAction } from './action-payload';

const ID = '7f8bf32a20cf5a1af2f56ee7ba41d78f638be220f6';
const MULTIPART = 'multipart/form-data; boundary=x';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe('checkFetchAction (posts from JavaScript)', () => {
  it('accepts what React sends for useActionState: [state, "$K1"] with the fields beside it', () => {
    const body = form([
      ['_1_nip', '123456789012345678'],
      ['_1_$ACTION_REF_3', ''],
      ['0', '[{"status":"error","formError":"$undefined","values":{"note":"$$5 juta"}},"$K1"]'],
    ]);
    expect(checkFetchAction(MULTIPART, body)).toBe('ok');
    expect(checkFetchAction(MULTIPART, form([['0', '[{"status":"idle"},"$K1a"]']]))).toBe('ok');
  });

  const broken = [
    '',
    '[',
    '{"status":"idle"}',
    'null',
    '"$K1"',
    '[]',
    '[{"status":"idle"}]',
    '[{"status":"idle"},"$K1","extra"]',
    '[{"status":"idle"},"$K"]',
    '[{"status":"idle"},"$Kzz"]',
    '[{"status":"idle"},"$Q1"]',
    '[{"status":"idle"},1]',
    '["$Q1","$K1"]',
    '[{"status":"$W1"},"$K1"]',
    '[{"values":{"x":"$h1"}},"$K1"]',
    '[{"values":["$@1"]},"$K1"]',
    '[{"status":"$T"},"$K1"]',
    '[{"status":"$n99999"},"$K1"]',
    '[null,"$K1"]',
    '[[],"$K1"]',
    '["idle","$K1"]',
    `[${'['.repeat(40)}${']'.repeat(40)},"$K1"]`,
    '[{"status":"idle"},"$K1"',
  ];
  it.each(broken.map((b) => [b.slice(0, 50), b]))('refuses a "0" field of %s', (_label, zero) => {
    expect(checkFetchAction(MULTIPART, form([['0', zero]]))).toBe('malformed');
  });

  it('refuses a body without "0", a file in "0", and any body that is not multipart', () => {
    expect(checkFetchAction(MULTIPART, form([['_1_nip', 'x']]))).toBe('malformed');
    const file = new FormData();
    file.append('0', new Blob(['[{},"$K1"]']), 'zero.json');
    expect(checkFetchAction(MULTIPART, file)).toBe('malformed');
    expect(checkFetchAction('text/plain;charset=UTF-8', null)).toBe('malformed');
    expect(checkFetchAction('application/x-www-form-urlencoded', null)).toBe('malformed');
  });
});

describe('checkFormAction (forms posted without JavaScript)', () => {
  const valid: [string, string][] = [
    ['$ACTION_REF_3', ''],
    ['$ACTION_3:0', `{"id":"${ID}","bound":"$@1"}`],
    ['$ACTION_3:1', '[{"status":"idle"}]'],
    ['$ACTION_KEY', 'k9b89066eb60053528881e0449c8c8df1'],
    ['nip', '123456789012345678'],
  ];
  it('accepts what a server-rendered form posts, and posts that are no action at all', () => {
    expect(checkFormAction(form(valid))).toBe('ok');
    expect(
      checkFormAction(
        form([
          [`$ACTION_ID_${ID}`, ''],
          ['x', '1'],
        ]),
      ),
    ).toBe('ok');
    expect(
      checkFormAction(
        form([
          ['$ACTION_REF_1', ''],
          ['$ACTION_1:0', `{"id":"${ID}","bound":null}`],
        ]),
      ),
    ).toBe('ok');
    expect(checkFormAction(form([['anything', 'else']]))).toBe('ok');
  });

  const replace = (key: string, value: string) => form(valid.map(([k, v]) => [k, k === key ? value : v]));
  it.each([
    ['broken descriptor', replace('$ACTION_3:0', `{"id":"${ID}","bound":"$@1"`)],
    ['descriptor not an object', replace('$ACTION_3:0', '[1]')],
    ['descriptor with extra keys', replace('$ACTION_3:0', `{"id":"${ID}","bound":"$@1","x":1}`)],
    ['id not hex', replace('$ACTION_3:0', '{"id":"../../x","bound":"$@1"}')],
    ['bound not a chunk', replace('$ACTION_3:0', `{"id":"${ID}","bound":"$Q1"}`)],
    ['broken bound arguments', replace('$ACTION_3:1', '[{"status":"idle"}')],
    ['bound arguments not a list of one state', replace('$ACTION_3:1', '[{"status":"idle"},2]')],
    ['a reference in the state', replace('$ACTION_3:1', '[{"status":"$h1"}]')],
    ['bound arguments missing', form(valid.filter(([k]) => k !== '$ACTION_3:1'))],
    ['descriptor missing', form(valid.filter(([k]) => k !== '$ACTION_3:0'))],
    ['unknown $ACTION_ field', form([...valid, ['$ACTION_OTHER', 'x']])],
  ])('refuses %s', (_label, body) => {
    expect(checkFormAction(body)).toBe('malformed');
  });
});
