-- The answers and the health probe's row. IF NOT EXISTS: databases created before migrations
-- were kept as files already hold exactly these tables, and take this step as a no-op.
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY,                 -- client-generated UUID, the idempotency key
  organization TEXT NOT NULL,
  questionnaire TEXT NOT NULL,
  sphere TEXT NOT NULL,
  received_on TEXT NOT NULL,           -- YYYY-MM-DD, day precision on purpose
  answers_json TEXT NOT NULL,          -- answers without the free text
  proposal TEXT,                       -- Q16 free text
  proposal_publishable INTEGER NOT NULL DEFAULT 0 CHECK (proposal_publishable IN (0, 1)),
  canonical_hash TEXT NOT NULL         -- sha256 of the canonical submission, compared on replay
) STRICT;
CREATE INDEX IF NOT EXISTS answers_by_organization ON answers (organization, received_on);
-- Written by the health check: only a real commit proves the disk still takes writes.
CREATE TABLE IF NOT EXISTS receiver_health (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  probes INTEGER NOT NULL
) STRICT;
