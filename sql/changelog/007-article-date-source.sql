--liquibase formatted sql

--changeset mirsad:article-published-on-source
--comment: where published_on was read (metadata, dateline, path, sidecar); null with published_on
ALTER TABLE article
    ADD COLUMN published_on_source VARCHAR(16) NULL AFTER published_on;
