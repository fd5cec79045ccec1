// The main side imports JSON data without an import attribute (esbuild and tsx accept that); Node's own ESM loader,
// which Playwright runs the specs in, insists on `with { type: 'json' }`. This hook supplies the attribute for
// .json files so the specs can load the real API unbundled.
import { register } from 'node:module';

const hook = `
export async function load(url, context, next) {
  if (url.startsWith('file:') && url.endsWith('.json') && !context.importAttributes?.type) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hook)}`);
