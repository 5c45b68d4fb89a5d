/**
 * The store's schema, one migration per entry, applied in order; PRAGMA user_version counts those applied.
 * Never edit a migration that has shipped: add the next one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;

  CREATE TABLE authors (
    author INTEGER PRIMARY KEY,
    public_key BLOB NOT NULL,
    label TEXT NOT NULL,
    announce BLOB NOT NULL,
    conflicts INTEGER NOT NULL DEFAULT 0
  );

  -- Verified entries: each author's chain from seq 1 without gaps.
  CREATE TABLE entries (
    author INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    minute INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    category INTEGER NOT NULL,
    tenths INTEGER NOT NULL,
    unit INTEGER NOT NULL,
    member TEXT NOT NULL,
    note TEXT NOT NULL,
    to_member TEXT NOT NULL,
    target_author INTEGER,
    ref_seq INTEGER,
    void INTEGER NOT NULL,
    availability INTEGER NOT NULL,
    body BLOB NOT NULL,
    head BLOB NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (author, seq)
  ) WITHOUT ROWID;
  CREATE INDEX entries_by_kind_minute ON entries (kind, minute);
  CREATE INDEX entries_by_target ON entries (target_author, ref_seq) WHERE target_author IS NOT NULL;

  CREATE TABLE signatures (author INTEGER NOT NULL, seq INTEGER NOT NULL, signature BLOB NOT NULL, PRIMARY KEY (author, seq)) WITHOUT ROWID;

  -- Entries and signatures heard before they could be verified (a gap before them, or their signature still to come).
  CREATE TABLE pending_entries (author INTEGER NOT NULL, seq INTEGER NOT NULL, body BLOB NOT NULL, received_at INTEGER NOT NULL, PRIMARY KEY (author, seq)) WITHOUT ROWID;
  CREATE TABLE pending_signatures (author INTEGER NOT NULL, seq INTEGER NOT NULL, signature BLOB NOT NULL, PRIMARY KEY (author, seq)) WITHOUT ROWID;

  CREATE TABLE alerts (
    author INTEGER NOT NULL,
    id INTEGER NOT NULL,
    body BLOB NOT NULL,
    signature BLOB NOT NULL,
    msg_type INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    sent_minute INTEGER NOT NULL,
    expires_minute INTEGER NOT NULL,
    headline TEXT NOT NULL,
    superseded INTEGER NOT NULL DEFAULT 0,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (author, id)
  ) WITHOUT ROWID;
  CREATE TABLE alert_acks (author INTEGER NOT NULL, id INTEGER NOT NULL, acker INTEGER NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (author, id, acker)) WITHOUT ROWID;
  -- Our own alerts still being re-sent until acked, expired or superseded.
  CREATE TABLE alert_sending (author INTEGER NOT NULL, id INTEGER NOT NULL, attempts INTEGER NOT NULL, next_at INTEGER NOT NULL, PRIMARY KEY (author, id)) WITHOUT ROWID;
  -- Acks we owe (due_at set) or sent (last_sent_at).
  CREATE TABLE ack_outbox (author INTEGER NOT NULL, id INTEGER NOT NULL, due_at INTEGER, last_sent_at INTEGER, PRIMARY KEY (author, id)) WITHOUT ROWID;
  `,
  `
  -- Channel chat (TEXT_MESSAGE_APP), heard and sent, for the web page.
  CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    from_node INTEGER NOT NULL,
    to_node INTEGER NOT NULL,
    channel INTEGER NOT NULL,
    text TEXT NOT NULL,
    at INTEGER NOT NULL,
    own INTEGER NOT NULL
  );
  -- Settings the gateway keeps for itself (operator password hash, identity).
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  `,
  `
  -- Federation: the engine runs once per link (the radio, the MQTT federation), so what is sent and owed is per link.
  CREATE TABLE alert_sending_v3 (link TEXT NOT NULL, author INTEGER NOT NULL, id INTEGER NOT NULL, attempts INTEGER NOT NULL, next_at INTEGER NOT NULL, PRIMARY KEY (link, author, id)) WITHOUT ROWID;
  INSERT INTO alert_sending_v3 SELECT 'radio', author, id, attempts, next_at FROM alert_sending;
  DROP TABLE alert_sending;
  ALTER TABLE alert_sending_v3 RENAME TO alert_sending;
  -- reply_to: acks go back to whoever passed the alert on (its author, or the gateway that relayed it).
  CREATE TABLE ack_outbox_v3 (link TEXT NOT NULL, author INTEGER NOT NULL, id INTEGER NOT NULL, reply_to INTEGER NOT NULL, due_at INTEGER, last_sent_at INTEGER, PRIMARY KEY (link, author, id)) WITHOUT ROWID;
  INSERT INTO ack_outbox_v3 SELECT 'radio', author, id, author, due_at, last_sent_at FROM ack_outbox;
  DROP TABLE ack_outbox;
  ALTER TABLE ack_outbox_v3 RENAME TO ack_outbox;
  -- Gateways heard on each link: the ones an alert sent on that link waits for acks from.
  CREATE TABLE link_peers (link TEXT NOT NULL, peer INTEGER NOT NULL, last_heard INTEGER NOT NULL, PRIMARY KEY (link, peer)) WITHOUT ROWID;
  -- Federation messages waiting for the broker, oldest first; a row goes when the broker has acknowledged it.
  CREATE TABLE mqtt_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, topic TEXT NOT NULL, payload BLOB NOT NULL, created_at INTEGER NOT NULL);
  `,
  `
  -- Rows that could not be read back at start-up (an old bug, a disk error), kept for a person to look at.
  CREATE TABLE quarantine (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, row_key TEXT NOT NULL, body BLOB, reason TEXT NOT NULL, kept INTEGER NOT NULL, at INTEGER NOT NULL);
  `,
  `
  -- What became of a chat message sent from this gateway: queued, sent, acked (heard relayed) or failed.
  ALTER TABLE messages ADD COLUMN state TEXT;
  `,
  `
  -- Entries submitted while the gateway recovers its own chain from peers (after losing its disk): recorded, in
  -- order, once the chain is back, so a new entry never takes a sequence number peers already hold.
  CREATE TABLE held_submissions (id INTEGER PRIMARY KEY AUTOINCREMENT, body BLOB NOT NULL, held_at INTEGER NOT NULL);
  -- When a key was pinned (0: before this was kept): identities that never sign anything are forgotten after a while.
  ALTER TABLE authors ADD COLUMN pinned_at INTEGER NOT NULL DEFAULT 0;
  `,
  `
  -- Check-ins (how a household is) and responses to needs and offers (taken, done, still open).
  ALTER TABLE entries ADD COLUMN wellbeing INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE entries ADD COLUMN step INTEGER NOT NULL DEFAULT 0;
  -- What a phone submitted, by the key it chose: a retry after a lost answer gets the first answer back and
  -- records nothing twice.
  CREATE TABLE submissions (key TEXT PRIMARY KEY, status INTEGER NOT NULL, response TEXT NOT NULL, at INTEGER NOT NULL) WITHOUT ROWID;
  `,
];
