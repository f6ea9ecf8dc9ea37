-- Meetings and visits per participating country and month (by the event's date where known,
-- else the article's publication date).
SELECT p.country_code,
       e.event_type,
       DATE_FORMAT(COALESCE(e.event_on, a.published_on), '%Y-%m') AS month,
       COUNT(DISTINCT e.event_id) AS events
FROM v_event e
JOIN v_event_participant p ON p.event_id = e.event_id
JOIN v_article a ON a.article_id = e.article_id
WHERE e.event_type IN ('MEETING', 'VISIT') AND p.entity_type = 'LOCATION' AND p.country_code IS NOT NULL
GROUP BY p.country_code, e.event_type, month
ORDER BY month, events DESC;
