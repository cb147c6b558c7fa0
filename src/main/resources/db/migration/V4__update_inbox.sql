-- Write-ahead inbox: every message fetched from Telegram is written here BEFORE the next getUpdates offset tells
-- Telegram it was delivered, and removed as soon as it is answered (or handed to update_retry, or given up). At
-- start the bot answers what is left (the process died before answering), exactly once with processed_update. The
-- message (chat id, text, language) is kept only AES-GCM encrypted in sealed_payload; chat_hash lets /vergessen
-- delete it, and the retention job removes any leftover.
CREATE TABLE update_inbox (
  update_id      BIGINT                   NOT NULL PRIMARY KEY,
  chat_hash      VARCHAR(64)              NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  sealed_payload VARCHAR(8000)            NOT NULL
);
CREATE INDEX update_inbox_chat_hash ON update_inbox (chat_hash);
CREATE INDEX update_inbox_created_at ON update_inbox (created_at);
