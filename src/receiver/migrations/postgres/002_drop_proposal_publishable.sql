-- The flag was meant for a publication step that was never built; nothing ever set it.
ALTER TABLE answers DROP COLUMN IF EXISTS proposal_publishable;
