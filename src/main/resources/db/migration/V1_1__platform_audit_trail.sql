-- Audit trail: what people did, kept apart from diagnostic logs. Subjects are references or keyed
-- hashes, never personal identifiers in clear.
CREATE TABLE audit_event (
    id              uuid        PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    actor           text        NOT NULL,
    action          text        NOT NULL,
    subject         text,
    outcome         text        NOT NULL CHECK (outcome IN ('SUCCESS', 'REJECTED', 'DENIED')),
    source_address  text,
    details         jsonb       NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX audit_event_action_subject ON audit_event (action, subject);
