--liquibase formatted sql

--changeset mirsad:article-sources
--comment: an article is one content, wherever it lives: every file found holding it is one of its sources
CREATE TABLE article_source (
    source_uri_sha256 CHAR(64)      NOT NULL PRIMARY KEY,
    source_uri        VARCHAR(2048) NOT NULL,
    file_name         VARCHAR(512)  NOT NULL,
    article_id        BIGINT        NOT NULL,
    -- The last execution that found this file holding the article.
    job_execution_id  BIGINT        NOT NULL,
    INDEX article_source_article_ix (article_id),
    CONSTRAINT article_source_article_fk FOREIGN KEY (article_id) REFERENCES article (article_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Articles stored per file before: each file becomes a source of the first article with its content.
INSERT INTO article_source (source_uri_sha256, source_uri, file_name, article_id, job_execution_id)
SELECT a.source_uri_sha256, a.source_uri, a.file_name, k.article_id, a.job_execution_id
FROM article a
JOIN (SELECT content_sha256, MIN(article_id) AS article_id FROM article GROUP BY content_sha256) k
  ON k.content_sha256 = a.content_sha256;

-- The later copies of a content go, facts first.
CREATE TEMPORARY TABLE merged_article AS
SELECT a.article_id FROM article a
JOIN (SELECT content_sha256, MIN(article_id) AS article_id FROM article GROUP BY content_sha256) k
  ON k.content_sha256 = a.content_sha256
WHERE a.article_id <> k.article_id;
DELETE FROM mention WHERE article_id IN (SELECT article_id FROM merged_article);
DELETE FROM person_title WHERE article_id IN (SELECT article_id FROM merged_article);
DELETE FROM time_expression WHERE article_id IN (SELECT article_id FROM merged_article);
DELETE FROM amount WHERE article_id IN (SELECT article_id FROM merged_article);
DELETE FROM quotation WHERE article_id IN (SELECT article_id FROM merged_article);
DELETE FROM event WHERE article_id IN (SELECT article_id FROM merged_article);
DELETE FROM cited_medium WHERE article_id IN (SELECT article_id FROM merged_article);
DELETE FROM article WHERE article_id IN (SELECT article_id FROM merged_article);
DROP TEMPORARY TABLE merged_article;

ALTER TABLE article
    DROP INDEX article_source_uk,
    DROP COLUMN source_uri_sha256,
    ADD CONSTRAINT article_content_uk UNIQUE (content_sha256);
