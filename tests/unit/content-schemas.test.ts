import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { schemaProblems, shapeFinder } from '../../src/config/errors';
import { problemLine } from '../../src/schemas/problem';
import { checklistSchema } from '../../src/schemas/checklist';
import { guideSchema } from '../../src/schemas/guide';
import { scenarioSchema } from '../../src/schemas/scenario';
import { tipSchema } from '../../src/schemas/tip';
import { parse } from 'yaml';

/** Validates YAML text as the loaders do and returns the message an editor would see. */
function problems(schema: z.ZodType, file: string, yaml: string, lineOffset = 0): string {
  const result = schema.safeParse(parse(yaml), { reportInput: true });
  return result.success
    ? ''
    : schemaProblems(file, result.error, { source: yaml, lineOffset, shapeAt: shapeFinder(schema) })
        .map(problemLine)
        .join('\n');
}

const GUIDE = `title: I clicked a link
summary: What to do in the next five minutes.
topic: email-and-phishing
keywords: [clicked, virus]
reviewed: 2026-11-20
reviewDue: 2027-11-20
owner: Cyber security team
sources:
  - title: Phishing (NCSC)
    url: https://www.ncsc.gov.uk/guidance/phishing
`;

describe('guide frontmatter', () => {
  const file = 'content/guides/clicked-a-link.mdx';
  it('accepts a valid guide and fills defaults', () => {
    const data = guideSchema.parse(parse(GUIDE));
    expect(data).toMatchObject({ audience: 'all-staff', urgent: false, order: 100, related: [] });
    expect(data.reviewed).toEqual(new Date('2026-11-20T00:00:00Z'));
  });
  it('names the file, line and field of a missing title', () => {
    expect(problems(guideSchema, file, GUIDE.replace('title: I clicked a link\n', ''), 1)).toBe(
      `${file}:2 — title: is missing; expected a title as text`,
    );
  });
  it('refuses an unknown topic, listing the topics', () => {
    expect(problems(guideSchema, file, GUIDE.replace('topic: email-and-phishing', 'topic: email'), 1)).toBe(
      `${file}:4 — topic: expected one of email-and-phishing, passwords-and-accounts, devices, data-and-confidentiality, incidents-and-reporting, downtime, working-safely, but found "email"`,
    );
  });
  it('refuses a date that does not exist', () => {
    expect(problems(guideSchema, file, GUIDE.replace('reviewed: 2026-11-20', 'reviewed: 2026-13-45'), 1)).toMatch(
      `${file}:6 — reviewed: `,
    );
  });
  it('refuses a review due before the review', () => {
    expect(problems(guideSchema, file, GUIDE.replace('reviewDue: 2027-11-20', 'reviewDue: 2025-01-01'), 1)).toBe(
      `${file}:7 — reviewDue: expected a date after "reviewed"`,
    );
  });
  it('refuses a source that is not https', () => {
    expect(problems(guideSchema, file, GUIDE.replace('https://www.ncsc', 'http://www.ncsc'), 1)).toBe(
      `${file}:11 — sources[0].url: expected a full https:// address, like https://www.ncsc.gov.uk/guidance/phishing`,
    );
  });
  it('suggests the field meant by a typo', () => {
    expect(problems(guideSchema, file, GUIDE.replace('keywords:', 'keyword:'), 1)).toContain(
      `${file}:5 — keyword: unknown field; did you mean "keywords"?`,
    );
  });
});

const CHECKLIST = `title: Is this email safe?
summary: A 30-second check before you click.
topic: email-and-phishing
reviewed: 2026-11-20
reviewDue: 2027-11-20
owner: Cyber security team
items:
  - id: check-sender
    action: Check the sender's full address.
    why: Names are easy to fake.
  - id: hover-links
    action: Hover over links first.
    why: The words and the address can differ.
`;

describe('checklists', () => {
  const file = 'content/checklists/is-this-email-safe.yaml';
  it('accepts a valid checklist', () => expect(checklistSchema.safeParse(parse(CHECKLIST)).success).toBe(true));
  it('refuses a duplicate item id, pointing at the line', () => {
    expect(problems(checklistSchema, file, CHECKLIST.replace('id: hover-links', 'id: check-sender'))).toBe(
      `${file}:11 — items[1].id: expected a unique id, but "check-sender" is used twice`,
    );
  });
  it('refuses an id with spaces', () => {
    expect(problems(checklistSchema, file, CHECKLIST.replace('id: hover-links', 'id: Hover links'))).toBe(
      `${file}:11 — items[1].id: expected lower-case letters, digits and hyphens, like "check-sender", but found "Hover links"`,
    );
  });
  it('says when the why is missing', () => {
    expect(problems(checklistSchema, file, CHECKLIST.replace('    why: Names are easy to fake.\n', ''))).toBe(
      `${file}:8 — items[0].why: is missing; expected a short "why" for the action`,
    );
  });
});

describe('tips', () => {
  it('accepts a tip and refuses an unknown category', () => {
    expect(
      tipSchema.safeParse({ id: 'three-words', category: 'passwords', text: 'Use three random words.' }).success,
    ).toBe(true);
    expect(problems(tipSchema, 'content/tips.yaml', 'id: x\ncategory: pass\ntext: Use three random words.\n')).toBe(
      'content/tips.yaml:2 — category: expected one of passwords, email, devices, data, reporting, working-safely',
    );
  });
});

describe('scenarios', () => {
  const SCENARIO = `title: A parcel text
channel: text
verdict: report
from: Royal Mail
body: Pay the fee within 24 hours at royalmail-redelivery.example.net.
redFlags:
  - quote: within 24 hours
    why: Pressure to act fast.
explanation: Royal Mail does not ask for fees by text.
`;
  const file = 'content/scenarios/parcel.yaml';
  it('accepts a valid scenario', () => expect(scenarioSchema.safeParse(parse(SCENARIO)).success).toBe(true));
  it('refuses a red flag whose quote is not in the message', () => {
    expect(problems(scenarioSchema, file, SCENARIO.replace('quote: within 24 hours', 'quote: within 12 hours'))).toBe(
      `${file}:7 — redFlags[0].quote: expected text found exactly in body, subject, from or fromDetail, but "within 12 hours" is not there`,
    );
  });
  it('refuses an unknown channel', () => {
    expect(problems(scenarioSchema, file, SCENARIO.replace('channel: text', 'channel: sms'))).toBe(
      `${file}:2 — channel: expected one of email, text, call, qr, in-person`,
    );
  });
});
