// Walking a linkedom tree in linear time. linkedom builds a new NodeList on every read of `childNodes` (a walk of
// all the children), so indexing it in a loop is quadratic in the number of children; firstChild and nextSibling
// are constant time. Every walk here is iterative: a page of a million nested elements must not overflow the stack.
import { ImportError } from './decode';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
}

export const ELEMENT = 1;
export const TEXT = 3;

/** A bound on the time a page may take, checked every few thousand nodes. */
export class WorkBudget {
  private ticks = 0;
  constructor(
    private readonly deadline: number,
    private readonly seconds: number,
  ) {}

  static of(ms: number): WorkBudget {
    return new WorkBudget(Date.now() + ms, Math.round(ms / 1000));
  }

  tick(): void {
    if ((++this.ticks & 4095) === 0) this.check();
  }

  check(): void {
    if (Date.now() > this.deadline) {
      throw new ImportError(
        `Reading this page took longer than ${this.seconds} seconds, so ClaimDesk stopped. ` +
          'Save the article’s text from the browser (or a simpler version of the page) and import that.',
      );
    }
  }
}

/**
 * Visits root and its descendants in document order. `enter` returns false to skip a node's children; `exit` runs
 * after a node's children (for elements and the root).
 */
export function walk(
  root: DomNode,
  enter: (node: DomNode, depth: number) => boolean,
  exit?: (node: DomNode) => void,
  budget?: WorkBudget,
): void {
  let node: DomNode = root;
  let depth = 0;
  for (;;) {
    budget?.tick();
    const child = enter(node, depth) ? node.firstChild : null;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    for (;;) {
      exit?.(node);
      if (node === root) return;
      const next: DomNode | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentNode as DomNode;
      depth--;
    }
  }
}

/** The deepest element nesting under root (stops counting past `limit`). */
export function depthOf(root: DomNode, limit: number, budget?: WorkBudget): number {
  let deepest = 0;
  walk(
    root,
    (node, depth) => {
      if (depth > deepest) deepest = depth;
      return deepest <= limit && (node === root || node.nodeType === ELEMENT);
    },
    undefined,
    budget,
  );
  return deepest;
}
