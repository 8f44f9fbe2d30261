// The red flags in a mock are plain <span>s until the person answers, so the marking gives nothing
// away. Then each becomes a <mark> carrying its number from the answer list ("sign 2" to a screen
// reader), so the list and the example can be read side by side.

/** Turns every flagged part of the section's mock into a numbered <mark>; returns how many. */
export function revealFlags(section: HTMLElement, numberWord: string): number {
  const flags = [...section.querySelectorAll<HTMLElement>('span.app-flag[data-flag]')];
  for (const flag of flags) {
    const mark = document.createElement('mark');
    mark.className = 'app-flag';
    mark.append(...flag.childNodes);
    const number = document.createElement('sup');
    number.className = 'app-flag__number';
    const word = document.createElement('span');
    word.className = 'nhsuk-u-visually-hidden';
    word.textContent = ` ${numberWord} `;
    // Nothing after the number: a hidden element there could wrap onto a line of its own.
    number.append(word, flag.dataset.flag ?? '');
    mark.append(number);
    flag.replaceWith(mark);
  }
  return flags.length;
}
