-- The PostgreSQL peer: one booking table whose overlap rule is an exclusion constraint, and a
-- booking function that reports a conflict instead of failing the transaction.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE bookings (
    id bigserial PRIMARY KEY,
    resource int NOT NULL,
    member int NOT NULL,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (resource WITH =, during WITH &&)
);
CREATE FUNCTION book(r int, slot bigint) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO bookings(resource, member, during)
    VALUES (r, 1, tstzrange(timestamptz '2031-01-06' + slot * interval '30 minutes',
                            timestamptz '2031-01-06' + (slot + 1) * interval '30 minutes'));
    RETURN true;
EXCEPTION WHEN exclusion_violation THEN
    RETURN false;
END $$;
-- Slot 0 of every resource is taken, so the scripts' repeat requests really conflict.
SELECT book(r, 0) FROM generate_series(1, 40) AS r;
