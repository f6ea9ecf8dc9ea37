--liquibase formatted sql

--changeset mirsad:night-file-counts
--comment: a finished night's file counts, kept when its manifest rows go (they are only needed to resume the night)
CREATE TABLE night_file_counts (
    job_instance_id BIGINT PRIMARY KEY,
    files_scanned   INT NOT NULL,
    files_ingested  INT NOT NULL,
    files_unchanged INT NOT NULL,
    files_rejected  INT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO night_file_counts (job_instance_id, files_scanned, files_ingested, files_unchanged, files_rejected)
SELECT job_instance_id, COUNT(*), COALESCE(SUM(outcome = 'INGESTED'), 0), COALESCE(SUM(outcome = 'UNCHANGED'), 0),
       COALESCE(SUM(outcome = 'REJECTED'), 0)
FROM scan_manifest
WHERE job_instance_id IN (SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED')
GROUP BY job_instance_id;
