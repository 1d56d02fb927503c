import { Type, type Static } from 'typebox';
import { limits } from '../limits.ts';
import { IsoDateTime, LocalizedText, Nullable } from './common.ts';
import { CategoryCode } from './complaints.ts';

/**
 * The shapes of learning from corrections (issue #14, item 2): staff move a complaint to another
 * category, and administrators read how the suggester scores and train it now.
 */
export const RecategoriseBody = Type.Object(
  {
    category: CategoryCode,
    reason: Type.Optional(Type.String({ maxLength: limits.reasonMax })),
  },
  { additionalProperties: false },
);
export type RecategoriseBody = Static<typeof RecategoriseBody>;

export const RecategoriseResult = Type.Object({ category: Type.String() });
export type RecategoriseResult = Static<typeof RecategoriseResult>;

/** Empty: "train now" takes nothing. */
export const TrainClassifierBody = Type.Object({}, { additionalProperties: false });

const Share = Nullable(Type.Number({ minimum: 0, maximum: 1 }));
const Count = Nullable(Type.Integer());

const Attempt = {
  id: Type.Integer(),
  trainedAt: IsoDateTime,
  installed: Type.Boolean(),
  outcome: Type.String({ description: 'installed, kept (the current model scored as well or better) or nothing_new' }),
  examples: Type.Object({ total: Type.Integer(), shipped: Count, staff: Count, closed: Count }),
  heldOut: Count,
  top1: Share,
  top3: Share,
  currentTop1: Share,
  currentTop3: Share,
};

export const ClassifierAttemptView = Type.Object(Attempt);
export type ClassifierAttemptView = Static<typeof ClassifierAttemptView>;

export const CategoryAccuracyView = Type.Object({
  code: Type.String(),
  name: LocalizedText,
  tested: Type.Integer(),
  top1: Type.Number(),
  top3: Type.Number(),
});
export type CategoryAccuracyView = Static<typeof CategoryAccuracyView>;

export const ClassifierStatusView = Type.Object({
  current: Nullable(Type.Object({ ...Attempt, perCategory: Type.Array(CategoryAccuracyView) })),
  lastAttempt: Nullable(ClassifierAttemptView),
  waitingExamples: Type.Integer(),
  retrainAt: Nullable(Type.String({ description: 'Bangkok time of the nightly retrain (CLASSIFIER_RETRAIN_AT); null: off' })),
  modelInThisProcess: Nullable(
    Type.Integer({
      description:
        'The stored model the answering server process suggests with (null: the shipped default); with several processes each follows the newest at its next configuration read',
    }),
  ),
});
export type ClassifierStatusView = Static<typeof ClassifierStatusView>;

export const TrainResultView = Type.Object({
  attemptId: Type.Integer(),
  outcome: Type.String(),
  installed: Type.Boolean(),
  heldOut: Type.Integer(),
  top1: Share,
  top3: Share,
  currentTop1: Share,
  currentTop3: Share,
});
export type TrainResultView = Static<typeof TrainResultView>;
