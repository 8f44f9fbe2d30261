/** An editor used a component with a wrong prop: say which component, which prop, and what is allowed. */
export class ComponentPropError extends Error {
  constructor(component: string, prop: string, found: unknown, expected: string, page: string) {
    super(`<${component}> on ${page}: ${prop} is ${JSON.stringify(found)}; expected ${expected}`);
    this.name = 'ComponentPropError';
  }
}
