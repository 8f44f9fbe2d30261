import { describe, expect, it } from 'vitest';
import { checkedProps } from '../../src/components/guide/component-props';
import { contactProps, deviceKeyProps, wordsProps } from '../../src/components/page/page-props';
import { SAVED_NAMES } from '../../src/components/page/saved-names';

const contacts = {
  serviceDesk: { label: 'IT service desk', phone: '0306 999 0001', email: 'servicedesk@example.nhs.uk' },
  securityTeam: { label: 'Security office', phone: '0306 999 0003' },
} as never;
const FILE = 'content/pages/privacy.mdx';

describe('the site page components stop the build on a wrong name, with the file and the fix', () => {
  it('a contact, with the nearest name, and only contacts that have what is shown', () => {
    expect(() =>
      checkedProps('Phone', contactProps({ contacts }, 'phone'), { name: 'servicedesk' }, FILE),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ComponentPropError: content/pages/privacy.mdx — <Phone> name is "servicedesk" — did you mean name="serviceDesk"?]`,
    );
    expect(() =>
      checkedProps('Email', contactProps({ contacts }, 'email'), { name: 'securityTeam' }, FILE),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ComponentPropError: content/pages/privacy.mdx — <Email> name is "securityTeam" — use one of the contacts in site.yaml with an email address: serviceDesk]`,
    );
    expect(checkedProps('ContactName', contactProps({ contacts }, 'label'), { name: 'securityTeam' }, FILE)).toEqual({
      name: 'securityTeam',
    });
  });

  it('a word of the interface, and a name the guide stores something under', () => {
    expect(() => checkedProps('Words', wordsProps, { name: 'progress.clr' }, FILE)).toThrow(
      '<Words> name is "progress.clr" — did you mean name="progress.clear"?',
    );
    expect(() => checkedProps('DeviceKey', deviceKeyProps, {}, FILE)).toThrow(
      `<DeviceKey> has no name — use one of ${Object.keys(SAVED_NAMES).join(', ')}`,
    );
    expect(checkedProps('DeviceKey', deviceKeyProps, { name: 'checklist', example: 'end-of-shift' }, FILE)).toEqual({
      name: 'checklist',
      example: 'end-of-shift',
    });
  });
});
