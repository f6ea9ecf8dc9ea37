-- The organizations, places and persons most articles mention, with their kinds and countries.
SELECT m.entity_type,
       m.entity_subtype,
       MAX(m.canonical_name) AS name,
       m.country_code,
       COUNT(DISTINCT m.article_id) AS articles,
       COUNT(*) AS mentions
FROM v_mention m
GROUP BY m.entity_id, m.entity_type, m.entity_subtype, m.country_code
ORDER BY articles DESC
LIMIT 50;
