--liquibase formatted sql

--changeset mirsad:ingest-tables
--comment: what the import step keeps per article, the per-night file manifest, rejected inputs and run summaries

-- One row per source file, as last ingested. Long URIs are unique through their SHA-256.
CREATE TABLE article (
    article_id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_uri_sha256   CHAR(64)       NOT NULL,
    source_uri          VARCHAR(2048)  NOT NULL,
    file_name           VARCHAR(512)   NOT NULL,
    content_sha256      CHAR(64)       NOT NULL,
    pipeline_version    VARCHAR(64)    NOT NULL,
    media_type          VARCHAR(128)   NULL,
    title               VARCHAR(1000)  NULL,
    language            VARCHAR(8)     NOT NULL,
    language_confidence DECIMAL(4, 3)  NOT NULL,
    published_on        DATE           NULL,
    outlet              VARCHAR(255)   NULL,
    word_count          INT            NOT NULL,
    clean_text          LONGTEXT       NOT NULL,
    -- Null until the extract step has written facts for the current text.
    extractor_version   VARCHAR(32)    NULL,
    ingested_at         DATETIME(3)    NOT NULL,
    job_execution_id    BIGINT         NOT NULL,
    CONSTRAINT article_source_uk UNIQUE (source_uri_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The files one job instance (one night) works on, fixed at scan time so a restart sees the same set.
CREATE TABLE scan_manifest (
    job_instance_id   BIGINT        NOT NULL,
    seq               INT           NOT NULL,
    source_uri        VARCHAR(2048) NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    content_sha256    CHAR(64)      NULL,
    -- INGESTED, UNCHANGED or REJECTED; null while not yet imported.
    outcome           VARCHAR(16)   NULL,
    article_id        BIGINT        NULL,
    PRIMARY KEY (job_instance_id, seq),
    INDEX scan_manifest_outcome_ix (job_instance_id, outcome, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row per input that could not be taken, as last tried.
CREATE TABLE rejected_document (
    source_uri_sha256 CHAR(64)      NOT NULL PRIMARY KEY,
    source_uri        VARCHAR(2048) NOT NULL,
    content_sha256    CHAR(64)      NULL,
    reason            VARCHAR(32)   NOT NULL,
    message           VARCHAR(2000) NOT NULL,
    job_execution_id  BIGINT        NOT NULL,
    rejected_at       DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Fact counts of a finished execution, written by its summary step.
CREATE TABLE job_run_summary (
    job_execution_id  BIGINT PRIMARY KEY,
    mention_count     INT NOT NULL,
    entity_count      INT NOT NULL,
    title_count       INT NOT NULL,
    time_count        INT NOT NULL,
    amount_count      INT NOT NULL,
    quotation_count   INT NOT NULL,
    event_count       INT NOT NULL,
    cited_media_count INT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
