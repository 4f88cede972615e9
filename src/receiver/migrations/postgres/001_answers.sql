-- The same tables as migrations/sqlite/001_answers.sql, in PostgreSQL's own types. No IP address,
-- user agent or time of day is kept (152-ФЗ): the day of receipt sets the period.
CREATE TABLE answers (
  id uuid PRIMARY KEY,                 -- client-generated UUID v4, the idempotency key
  organization text NOT NULL,
  questionnaire text NOT NULL,
  sphere text NOT NULL,
  received_on date NOT NULL,           -- day precision on purpose
  answers_json jsonb NOT NULL,         -- answers without the free text
  proposal text,                       -- Q16 free text
  proposal_publishable boolean NOT NULL DEFAULT false,
  canonical_hash text NOT NULL         -- sha256 of the canonical submission, compared on replay
);
CREATE INDEX answers_by_organization ON answers (organization, received_on);
-- Written by the health check: only a real commit proves the database still takes writes.
CREATE TABLE receiver_health (
  id integer PRIMARY KEY CHECK (id = 1),
  probes bigint NOT NULL
);
