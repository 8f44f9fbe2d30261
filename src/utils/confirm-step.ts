// "Are you sure?" in the page, never a browser dialog: the trigger opens the question and hides
// itself; "No" and "Yes" close it and put focus back on the trigger, so keyboard users stay in place.

export interface ConfirmParts {
  trigger: HTMLElement;
  /** The box with the question and the two buttons, hidden until asked. */
  panel: HTMLElement;
  /** Takes focus when the question opens (tabindex="-1"), so screen readers read it. */
  question: HTMLElement;
  yes: HTMLElement;
  no: HTMLElement;
}

export function confirmStep({ trigger, panel, question, yes, no }: ConfirmParts, onYes: () => void): void {
  const ask = (open: boolean) => {
    panel.hidden = !open;
    trigger.hidden = open;
  };
  const close = () => {
    ask(false);
    trigger.focus();
  };
  trigger.addEventListener('click', () => {
    ask(true);
    question.focus();
  });
  no.addEventListener('click', close);
  yes.addEventListener('click', () => {
    onYes();
    close();
  });
}
