-- Age limits per appointment type, in whole years on the appointment date, both inclusive.
-- NULL means no limit. The reference data loader fills them from rop-offices.json.
ALTER TABLE booking_appointment_type
    ADD COLUMN min_age int CHECK (min_age >= 0),
    ADD COLUMN max_age int CHECK (max_age >= 0);
ALTER TABLE booking_appointment_type
    ADD CONSTRAINT booking_appointment_type_age_range CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age);
