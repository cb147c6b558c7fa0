-- Messages whose answer could not be delivered (Telegram unreachable) and that are retried later, also after a
-- restart. The message itself (chat id, text, language) is kept only AES-GCM encrypted in sealed_payload, with a key
-- derived from the pseudonym key; chat_hash lets /vergessen delete it. A row is removed as soon as the message is
-- answered or given up, and the retention job removes any leftover.
CREATE TABLE update_retry (
  update_id       BIGINT                   NOT NULL PRIMARY KEY,
  chat_hash       VARCHAR(64)              NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  rounds          INTEGER                  NOT NULL,
  sealed_payload  VARCHAR(8000)            NOT NULL
);
CREATE INDEX update_retry_next_attempt_at ON update_retry (next_attempt_at);
CREATE INDEX update_retry_chat_hash ON update_retry (chat_hash);
