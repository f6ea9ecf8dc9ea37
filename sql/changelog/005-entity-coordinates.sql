--liquibase formatted sql

--changeset mirsad:entity-coordinates
--comment: where a place lies, when known (a city that names a time zone); degrees, north and east positive
ALTER TABLE entity
    ADD COLUMN latitude  DECIMAL(8, 5) NULL,
    ADD COLUMN longitude DECIMAL(8, 5) NULL;
