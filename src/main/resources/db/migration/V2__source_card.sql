-- What the "📄 Quelle" button under an answer shows, so it still works after a restart: release text only (titles,
-- dates, links, file names and the evidence sentences), no citizen text and no chat reference of its own. The row
-- belongs to its question row (whose chat_hash tells which chat may open it) and is deleted with it, by /vergessen
-- and by the retention job.
CREATE TABLE source_card (
  question_id BIGINT                   NOT NULL PRIMARY KEY REFERENCES question (id) ON DELETE CASCADE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  language    VARCHAR(8)               NOT NULL,
  card_json   VARCHAR(20000)           NOT NULL
);
CREATE INDEX source_card_created_at ON source_card (created_at);
