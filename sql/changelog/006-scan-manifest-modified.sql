--liquibase formatted sql

--changeset mirsad:scan-manifest-modified
--comment: the file's modification time at scan (ns since the epoch): the import compares it with the file's, instead of hashing the file a second time
ALTER TABLE scan_manifest
    ADD COLUMN modified_ns BIGINT NULL AFTER size_bytes;
