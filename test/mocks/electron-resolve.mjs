// Module resolve hook: 'electron' -> test/mocks/electron.ts.
const mock = new URL('./electron.ts', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return next(mock, context);
  return next(specifier, context);
}
