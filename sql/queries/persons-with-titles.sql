-- Who is named with which titles, how often, and for which country (most cited first).
SELECT t.person_name,
       t.title,
       t.affiliation_country,
       COUNT(DISTINCT t.article_id) AS articles
FROM v_person_title t
GROUP BY t.person_name, t.title, t.affiliation_country
ORDER BY articles DESC, t.person_name
LIMIT 100;
