// A part of the claim inspector that lives in its own file (the published verdict, the claims checked before):
// the inspector mounts it and tells it which claim is shown.
export interface InspectorSection {
  readonly element: HTMLElement;
  /** The claim the inspector now shows; null when none (or several are selected). */
  show(claimId: string | null): void;
}
