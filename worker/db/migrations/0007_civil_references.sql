-- Issue 5: the archival references about a marriage or a divorce are asked by either spouse. The
-- subject's records are found through act_records_subject; the other spouse is named in the
-- record's fields, so the spouse's look-up gets an index on that expression.
CREATE INDEX act_records_spouse ON act_records (json_extract(fields, '$.spouseIin'), type);
