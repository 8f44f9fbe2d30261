/**
 * Words staff actually type, typos included, and the page each must find in its top 3 results. When
 * content changes break one of these, the search test names the query and what came back instead.
 * `notIn` names example-overlay builds where the expected page is hidden (examples/northshire).
 */
export interface SearchQuery {
  query: string;
  expect: string;
  /** The example trust hides this page: there, the query must not find it. */
  hiddenInExample?: boolean;
}

export const SEARCH_QUERIES: SearchQuery[] = [
  { query: 'clicked a link', expect: 'guides/clicked-a-link/' },
  { query: 'opened attachment', expect: 'guides/clicked-a-link/' },
  { query: 'hacked', expect: 'guides/someone-knows-my-password/' },
  { query: 'lost phone', expect: 'guides/lost-or-stolen-device/' },
  { query: 'stolen laptop', expect: 'guides/lost-or-stolen-device/' },
  { query: 'ransom', expect: 'guides/pop-up-or-ransom-note/' },
  { query: 'virus', expect: 'guides/pop-up-or-ransom-note/' },
  { query: 'system down', expect: 'guides/systems-are-down/' },
  { query: 'outage', expect: 'guides/systems-are-down/' },
  { query: '2FA', expect: 'guides/two-step-verification/' },
  { query: 'MFA', expect: 'guides/two-step-verification/' },
  { query: 'authenticator', expect: 'guides/two-step-verification/' },
  { query: 'three random words', expect: 'guides/three-random-words/' },
  { query: 'password manager', expect: 'guides/password-managers/' },
  { query: 'locked out', expect: 'guides/locked-out-of-account/' },
  { query: 'dodgy email', expect: 'guides/spotting-phishing-emails/' },
  { query: 'report phishing', expect: 'guides/reporting-suspicious-messages/' },
  { query: 'wrong person email', expect: 'guides/email-sent-to-wrong-person/' },
  { query: 'USB stick', expect: 'guides/usb-sticks-and-unknown-devices/' },
  { query: 'memory stick', expect: 'guides/usb-sticks-and-unknown-devices/' },
  { query: 'wifi', expect: 'guides/public-wifi/' },
  { query: 'ChatGPT', expect: 'guides/ai-chatbots-and-online-tools/', hiddenInExample: true },
  { query: 'caldicott', expect: 'guides/caldicott-principles/' },
  { query: 'confidential waste', expect: 'guides/printing-and-disposing-of-paper/' },
  { query: 'tailgating', expect: 'guides/tailgating-and-badges/' },
  { query: 'invoice scam', expect: 'guides/urgent-requests-and-invoice-fraud/' },
  { query: 'smartcard', expect: 'guides/never-share-logins-or-smartcards/' },
  { query: 'lock screen', expect: 'guides/locking-your-screen/' },
  // Topics added for issue #20: the words staff use for them are in each guide's keywords and synonyms.yaml.
  { query: 'business continuity plan', expect: 'guides/systems-are-down/' },
  { query: 'what to tell patients', expect: 'guides/talking-to-patients-about-an-attack/' },
  { query: 'data security training', expect: 'guides/why-data-security-training/' },
  { query: 'scam website', expect: 'guides/reporting-suspicious-messages/' },
  { query: 'action fraud', expect: 'guides/reporting-suspicious-messages/' },
  { query: 'counter fraud', expect: 'guides/urgent-requests-and-invoice-fraud/' },
  // Typos staff make on a phone keyboard: "Did you mean" searches the closest word the guide uses.
  { query: 'pasword manager', expect: 'guides/password-managers/' },
  { query: 'phising email', expect: 'guides/spotting-phishing-emails/' },
  { query: 'ransomwear', expect: 'guides/pop-up-or-ransom-note/' },
  { query: 'authenticater app', expect: 'guides/two-step-verification/' },
  { query: 'tailgateing', expect: 'guides/tailgating-and-badges/' },
];
