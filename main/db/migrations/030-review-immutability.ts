/**
 * Schema 30: a completed review is frozen whole — its samples can be neither changed nor deleted, and the
 * review row itself can no longer change or be deleted. (Schema 20 froze only sample updates.)
 */
export const migration030 = {
  version: 30,
  sql: `
CREATE TRIGGER completed_review_samples_are_kept BEFORE DELETE ON review_samples
WHEN (SELECT status FROM reviews WHERE id = OLD.review_id) = 'completed'
BEGIN SELECT RAISE(ABORT, 'a completed review is read-only'); END;

CREATE TRIGGER completed_reviews_are_frozen BEFORE UPDATE ON reviews
WHEN OLD.status = 'completed'
BEGIN SELECT RAISE(ABORT, 'a completed review is read-only'); END;

CREATE TRIGGER completed_reviews_are_kept BEFORE DELETE ON reviews
WHEN OLD.status = 'completed'
BEGIN SELECT RAISE(ABORT, 'a completed review is read-only'); END;
`,
};
