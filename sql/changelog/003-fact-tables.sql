--liquibase formatted sql

--changeset mirsad:fact-tables
--comment: facts with their evidence (offsets into article.clean_text) and the extractor version that found them

-- Entities are shared across articles: one row per type and folded name.
CREATE TABLE entity (
    entity_id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    entity_type    VARCHAR(16)  NOT NULL,
    entity_key     VARCHAR(255) NOT NULL,
    canonical_name VARCHAR(255) NOT NULL,
    entity_subtype VARCHAR(32)  NULL,
    country_code   CHAR(2)      NULL,
    CONSTRAINT entity_type_key_uk UNIQUE (entity_type, entity_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE mention (
    mention_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id        BIGINT       NOT NULL,
    entity_id         BIGINT       NOT NULL,
    canonical_name    VARCHAR(255) NOT NULL,
    surface           VARCHAR(255) NOT NULL,
    start_offset      INT          NOT NULL,
    end_offset        INT          NOT NULL,
    extractor_version VARCHAR(32)  NOT NULL,
    INDEX mention_article_ix (article_id),
    INDEX mention_entity_ix (entity_id),
    CONSTRAINT mention_article_fk FOREIGN KEY (article_id) REFERENCES article (article_id),
    CONSTRAINT mention_entity_fk FOREIGN KEY (entity_id) REFERENCES entity (entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE person_title (
    person_title_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id          BIGINT       NOT NULL,
    entity_id           BIGINT       NOT NULL,
    person_name         VARCHAR(255) NOT NULL,
    title               VARCHAR(500) NOT NULL,
    affiliation_country CHAR(2)      NULL,
    start_offset        INT          NOT NULL,
    end_offset          INT          NOT NULL,
    extractor_version   VARCHAR(32)  NOT NULL,
    INDEX person_title_article_ix (article_id),
    CONSTRAINT person_title_article_fk FOREIGN KEY (article_id) REFERENCES article (article_id),
    CONSTRAINT person_title_entity_fk FOREIGN KEY (entity_id) REFERENCES entity (entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE time_expression (
    time_expression_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id         BIGINT       NOT NULL,
    surface            VARCHAR(255) NOT NULL,
    timex_value        VARCHAR(32)  NOT NULL,
    timex_mod          VARCHAR(8)   NULL,
    resolved_on        DATE         NULL,
    start_offset       INT          NOT NULL,
    end_offset         INT          NOT NULL,
    extractor_version  VARCHAR(32)  NOT NULL,
    INDEX time_expression_article_ix (article_id),
    CONSTRAINT time_expression_article_fk FOREIGN KEY (article_id) REFERENCES article (article_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE amount (
    amount_id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id        BIGINT         NOT NULL,
    surface           VARCHAR(255)   NOT NULL,
    value             DECIMAL(30, 6) NOT NULL,
    unit              VARCHAR(255)   NULL,
    start_offset      INT            NOT NULL,
    end_offset        INT            NOT NULL,
    extractor_version VARCHAR(32)    NOT NULL,
    INDEX amount_article_ix (article_id),
    CONSTRAINT amount_article_fk FOREIGN KEY (article_id) REFERENCES article (article_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE quotation (
    quotation_id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id        BIGINT       NOT NULL,
    speaker_entity_id BIGINT       NULL,
    speaker_name      VARCHAR(255) NULL,
    cue               VARCHAR(64)  NULL,
    quote_text        TEXT         NOT NULL,
    start_offset      INT          NOT NULL,
    end_offset        INT          NOT NULL,
    extractor_version VARCHAR(32)  NOT NULL,
    INDEX quotation_article_ix (article_id),
    CONSTRAINT quotation_article_fk FOREIGN KEY (article_id) REFERENCES article (article_id),
    CONSTRAINT quotation_speaker_fk FOREIGN KEY (speaker_entity_id) REFERENCES entity (entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE event (
    event_id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id         BIGINT       NOT NULL,
    event_type         VARCHAR(32)  NOT NULL,
    cameo_code         VARCHAR(8)   NULL,
    trigger_text       VARCHAR(255) NOT NULL,
    timex_value        VARCHAR(32)  NULL,
    event_on           DATE         NULL,
    location_entity_id BIGINT       NULL,
    start_offset       INT          NOT NULL,
    end_offset         INT          NOT NULL,
    extractor_version  VARCHAR(32)  NOT NULL,
    INDEX event_article_ix (article_id),
    CONSTRAINT event_article_fk FOREIGN KEY (article_id) REFERENCES article (article_id),
    CONSTRAINT event_location_fk FOREIGN KEY (location_entity_id) REFERENCES entity (entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE event_participant (
    event_id  BIGINT NOT NULL,
    entity_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, entity_id),
    CONSTRAINT event_participant_event_fk FOREIGN KEY (event_id) REFERENCES event (event_id) ON DELETE CASCADE,
    CONSTRAINT event_participant_entity_fk FOREIGN KEY (entity_id) REFERENCES entity (entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE cited_medium (
    cited_medium_id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id        BIGINT      NOT NULL,
    entity_id         BIGINT      NOT NULL,
    start_offset      INT         NOT NULL,
    end_offset        INT         NOT NULL,
    extractor_version VARCHAR(32) NOT NULL,
    INDEX cited_medium_article_ix (article_id),
    CONSTRAINT cited_medium_article_fk FOREIGN KEY (article_id) REFERENCES article (article_id),
    CONSTRAINT cited_medium_entity_fk FOREIGN KEY (entity_id) REFERENCES entity (entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
