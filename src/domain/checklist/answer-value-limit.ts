/**
 * Longest value a customer or agent may give for one item; a longer one is refused, not cut.
 * Kept apart from the schemas so the customer's panel can word the refusal without loading zod.
 */
export const answerValueLimit = 500;
