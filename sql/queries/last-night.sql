-- The last job execution's figures, and the files it could not take with the reason.
SELECT job_execution_id, run_date, status, exit_code, started_at, ended_at,
       files_scanned, files_ingested, files_unchanged, rejected_count
FROM v_job_run
ORDER BY job_execution_id DESC
LIMIT 1;

SELECT r.reason, r.source_uri, r.message, r.rejected_at
FROM v_rejected_document r
WHERE r.job_execution_id = (SELECT MAX(job_execution_id) FROM v_job_run)
ORDER BY r.reason, r.source_uri;
