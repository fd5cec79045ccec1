// The model that ships with ClaimDesk (main/core/attribution/model/, rebuilt by `npm run train`), decoded once.
import modelFile from '../model/attribution-model.json' with { type: 'json' };
import { decodeModel } from './model-io';
import type { LearnedModel } from './tagger';

let shipped: LearnedModel | null = null;

export function shippedModel(): LearnedModel {
  shipped ??= decodeModel(modelFile);
  return shipped;
}
