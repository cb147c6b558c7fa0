-- Hand out question and feedback ids from a cache of 1000 instead of one at a time. On H2 every fetch of a new
-- identity value beyond the cache writes the sequence to the schema, which invalidates the prepared statements of
-- every session, so nearly each statement after a question was logged was parsed again. The cost: ids skip up to the
-- cache size after a restart (PostgreSQL: per session), which nothing relies on.
ALTER TABLE question ALTER COLUMN id SET CACHE 1000;
ALTER TABLE feedback ALTER COLUMN id SET CACHE 1000;
