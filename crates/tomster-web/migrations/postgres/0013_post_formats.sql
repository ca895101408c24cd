-- Each post's format in the strategy's vocabulary (`short_video`, `carousel`...), as the core
-- reads it from the export's post type and the video's duration when the post is imported:
-- the execution counts the formats published per week beside the formats planned. Posts
-- imported before have none; their format is read from their type when the figures per day
-- are computed, which is why the stored ones are dropped here (the server computes them
-- again when it starts).
-- (The SQLite and PostgreSQL migrations of this number are the same.)
ALTER TABLE result_posts ADD COLUMN format TEXT;
DELETE FROM result_day_figures;
