-- What each speaker was quoted as saying, newest articles first.
SELECT q.speaker_name,
       q.cue,
       q.quote_text,
       a.title,
       a.published_on,
       a.file_name
FROM v_quotation q
JOIN v_article a ON a.article_id = q.article_id
WHERE q.speaker_entity_id IS NOT NULL
ORDER BY a.published_on DESC, q.speaker_name;
