-- Booking: reference data (loaded from data/booking/*.json at start-up), slots, appointments and the
-- enquiry-code lockout. Personal data is stored as keyed hashes, masked forms and AES-GCM ciphertext.

CREATE TABLE booking_office (
    id        text  PRIMARY KEY,
    name      jsonb NOT NULL,
    address   jsonb NOT NULL,
    position  int   NOT NULL
);

-- Opening hours per office and ISO day of week (1 = Monday ... 7 = Sunday); a missing row is a closed day.
CREATE TABLE booking_office_hours (
    office_id    text NOT NULL REFERENCES booking_office (id),
    day_of_week  int  NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    opens_at     time NOT NULL,
    closes_at    time NOT NULL CHECK (closes_at > opens_at),
    PRIMARY KEY (office_id, day_of_week)
);

CREATE TABLE booking_appointment_type (
    id        text  PRIMARY KEY,
    name      jsonb NOT NULL,
    position  int   NOT NULL
);

-- General holidays other than Sundays.
CREATE TABLE booking_holiday (
    holiday_date  date  PRIMARY KEY,
    name          jsonb NOT NULL
);

-- A slot row is created on first booking. The CHECK is the last line of defence for capacity: the
-- booking code takes places with a conditional UPDATE, and this makes any other write fail as well.
CREATE TABLE booking_slot (
    office_id  text        NOT NULL REFERENCES booking_office (id),
    starts_at  timestamptz NOT NULL,
    capacity   int         NOT NULL CHECK (capacity > 0),
    taken      int         NOT NULL DEFAULT 0,
    PRIMARY KEY (office_id, starts_at),
    CONSTRAINT booking_slot_taken_within_capacity CHECK (taken >= 0 AND taken <= capacity)
);

CREATE TABLE booking_appointment (
    id                 uuid        PRIMARY KEY,
    reference          text        NOT NULL,
    type_id            text        NOT NULL REFERENCES booking_appointment_type (id),
    office_id          text        NOT NULL REFERENCES booking_office (id),
    starts_at          timestamptz NOT NULL,
    persons            int         NOT NULL CHECK (persons BETWEEN 1 AND 4),
    status             text        NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
    enquiry_code_hash  text        NOT NULL,
    email_encrypted    text,
    language           text        NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CONSTRAINT booking_appointment_reference_unique UNIQUE (reference)
);

CREATE INDEX booking_appointment_slot ON booking_appointment (office_id, starts_at);

-- type_id and active repeat the appointment's values so that the partial unique index below can
-- enforce one active appointment per document number and appointment type.
CREATE TABLE booking_applicant (
    appointment_id           uuid    NOT NULL REFERENCES booking_appointment (id),
    position                 int     NOT NULL,
    document_type            text    NOT NULL,
    document_hash            text    NOT NULL,
    masked_document_number   text    NOT NULL,
    date_of_birth_encrypted  text    NOT NULL,
    type_id                  text    NOT NULL,
    active                   boolean NOT NULL,
    PRIMARY KEY (appointment_id, position)
);

CREATE UNIQUE INDEX booking_applicant_one_active_per_document
    ON booking_applicant (document_hash, type_id) WHERE active;
CREATE INDEX booking_applicant_document ON booking_applicant (document_hash);

-- Enquiry-code attempts per keyed hash of a document number, whether or not it has an appointment.
-- A row with failures at the limit is a lockout until last_attempt_at plus the lockout period.
CREATE TABLE booking_enquiry_attempt (
    document_hash    text        PRIMARY KEY,
    failures         int         NOT NULL CHECK (failures >= 0),
    last_attempt_at  timestamptz NOT NULL
);
