--liquibase formatted sql

-- The BI contract, described view by view in sql/README.md: names, columns and row meanings stay stable.
-- runOnChange lets a later edit of a view here replace it in place.

--changeset mirsad:v_article runOnChange:true
CREATE OR REPLACE VIEW v_article AS
SELECT a.article_id, a.file_name, a.source_uri, a.content_sha256, a.title, a.language, a.language_confidence,
       a.published_on, a.outlet, a.word_count, a.ingested_at, a.job_execution_id,
       a.media_type, a.extractor_version, a.published_on_source
FROM article a;

--changeset mirsad:v_article_source runOnChange:true
-- Every file found holding an article: the same story under several paths is one article.
CREATE OR REPLACE VIEW v_article_source AS
SELECT s.article_id, s.file_name, s.source_uri, s.job_execution_id
FROM article_source s;

--changeset mirsad:v_mention runOnChange:true
CREATE OR REPLACE VIEW v_mention AS
SELECT m.article_id, m.entity_id, e.entity_type, e.entity_subtype, m.canonical_name, e.country_code,
       m.surface, m.start_offset, m.end_offset, m.extractor_version, e.latitude, e.longitude
FROM mention m
JOIN entity e ON e.entity_id = m.entity_id;

--changeset mirsad:v_entity_alias runOnChange:true
-- Every spelling under which articles name an entity: articles share a person written ماكسيم or مكسيم.
CREATE OR REPLACE VIEW v_entity_alias AS
SELECT m.entity_id, e.entity_type, e.canonical_name, m.canonical_name AS alias,
       COUNT(DISTINCT m.article_id) AS article_count, COUNT(*) AS mention_count
FROM mention m
JOIN entity e ON e.entity_id = m.entity_id
GROUP BY m.entity_id, e.entity_type, e.canonical_name, m.canonical_name;

--changeset mirsad:v_person_title runOnChange:true
CREATE OR REPLACE VIEW v_person_title AS
SELECT t.article_id, t.entity_id, t.person_name, t.title, t.affiliation_country,
       t.start_offset, t.end_offset, t.extractor_version
FROM person_title t;

--changeset mirsad:v_time_expression runOnChange:true
CREATE OR REPLACE VIEW v_time_expression AS
SELECT t.article_id, t.surface, t.timex_value, t.timex_mod, t.resolved_on,
       t.start_offset, t.end_offset, t.extractor_version
FROM time_expression t;

--changeset mirsad:v_amount runOnChange:true
CREATE OR REPLACE VIEW v_amount AS
SELECT a.article_id, a.surface, a.value, a.unit, a.start_offset, a.end_offset, a.extractor_version
FROM amount a;

--changeset mirsad:v_quotation runOnChange:true
CREATE OR REPLACE VIEW v_quotation AS
SELECT q.article_id, q.speaker_entity_id, q.speaker_name, q.cue, q.quote_text,
       q.start_offset, q.end_offset, q.extractor_version
FROM quotation q;

--changeset mirsad:v_event runOnChange:true
CREATE OR REPLACE VIEW v_event AS
SELECT ev.event_id, ev.article_id, ev.event_type, ev.timex_value, ev.event_on,
       ev.location_entity_id, loc.canonical_name AS location_name, ev.trigger_text AS `trigger`,
       ev.cameo_code, ev.start_offset, ev.end_offset, ev.extractor_version,
       loc.latitude AS location_latitude, loc.longitude AS location_longitude
FROM event ev
LEFT JOIN entity loc ON loc.entity_id = ev.location_entity_id;

--changeset mirsad:v_event_participant runOnChange:true
CREATE OR REPLACE VIEW v_event_participant AS
SELECT p.event_id, p.entity_id, e.entity_type, e.canonical_name, e.country_code
FROM event_participant p
JOIN entity e ON e.entity_id = p.entity_id;

--changeset mirsad:v_rejected_document runOnChange:true
CREATE OR REPLACE VIEW v_rejected_document AS
SELECT r.source_uri, r.content_sha256, r.reason, r.message, r.job_execution_id, r.rejected_at
FROM rejected_document r;

--changeset mirsad:v_job_run runOnChange:true
--comment: file counts are per night (job instance), so a restarted night shows what it has done in all; a finished night's are kept in night_file_counts, a running one's counted from its manifest
CREATE OR REPLACE VIEW v_job_run AS
SELECT x.JOB_EXECUTION_ID AS job_execution_id,
       i.JOB_NAME         AS job_name,
       x.STATUS           AS status,
       x.EXIT_CODE        AS exit_code,
       x.START_TIME       AS started_at,
       x.END_TIME         AS ended_at,
       (SELECT COALESCE(SUM(s.READ_COUNT), 0) FROM BATCH_STEP_EXECUTION s
         WHERE s.JOB_EXECUTION_ID = x.JOB_EXECUTION_ID) AS read_count,
       (SELECT COALESCE(SUM(s.WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION s
         WHERE s.JOB_EXECUTION_ID = x.JOB_EXECUTION_ID) AS write_count,
       (SELECT COALESCE(SUM(s.READ_SKIP_COUNT + s.PROCESS_SKIP_COUNT + s.WRITE_SKIP_COUNT), 0)
          FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = x.JOB_EXECUTION_ID) AS skip_count,
       COALESCE(n.files_rejected, (SELECT COUNT(*) FROM scan_manifest m
         WHERE m.job_instance_id = x.JOB_INSTANCE_ID AND m.outcome = 'REJECTED')) AS rejected_count,
       x.JOB_INSTANCE_ID AS job_instance_id,
       (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
         WHERE p.JOB_EXECUTION_ID = x.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'runDate') AS run_date,
       COALESCE(n.files_scanned,
         (SELECT COUNT(*) FROM scan_manifest m WHERE m.job_instance_id = x.JOB_INSTANCE_ID)) AS files_scanned,
       COALESCE(n.files_ingested, (SELECT COUNT(*) FROM scan_manifest m
         WHERE m.job_instance_id = x.JOB_INSTANCE_ID AND m.outcome = 'INGESTED')) AS files_ingested,
       COALESCE(n.files_unchanged, (SELECT COUNT(*) FROM scan_manifest m
         WHERE m.job_instance_id = x.JOB_INSTANCE_ID AND m.outcome = 'UNCHANGED')) AS files_unchanged,
       r.mention_count, r.entity_count, r.title_count, r.time_count, r.amount_count,
       r.quotation_count, r.event_count, r.cited_media_count
FROM BATCH_JOB_EXECUTION x
JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = x.JOB_INSTANCE_ID
LEFT JOIN job_run_summary r ON r.job_execution_id = x.JOB_EXECUTION_ID
LEFT JOIN night_file_counts n ON n.job_instance_id = x.JOB_INSTANCE_ID;
