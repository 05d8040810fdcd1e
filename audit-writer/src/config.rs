//! Settings of the audit writer.

use std::path::PathBuf;
use std::time::Duration;

use crate::error::AuditError;
use crate::key::{Key, Keyring};
use crate::log::{IoHook, Log, Opened, DEFAULT_SEGMENT_BYTES};

/// How the audit writer runs.
#[derive(Debug, Clone)]
pub struct WriterConfig {
    /// Directory of the segment files (created with mode 0700 if missing).
    pub dir: PathBuf,
    /// The key new records are sealed with.
    pub key: Key,
    /// Keys the log was sealed with before (verify the tail when the key was
    /// rotated; see [`crate::log`]).
    pub retired_keys: Vec<Key>,
    /// Rotate to a new segment before one would grow past this size.
    pub segment_bytes: u64,
    /// A write+fsync taking longer than this makes [`crate::serve`] exit the
    /// process with [`crate::EXIT_STALLED`] so it is restarted.
    pub stall_limit: Duration,
    /// Most `Append` frames in one group commit: the audit process reads no
    /// further until that group is durable (backpressure); the in-process
    /// [`crate::AuditLog`] queues at most this many before appenders wait.
    pub queue_capacity: usize,
    /// Fault injection for tests; `None` in production.
    pub io_hook: Option<IoHook>,
}

impl WriterConfig {
    /// Defaults: 64 MiB segments, 2 s stall limit, 1024 queued appends.
    pub fn new(dir: impl Into<PathBuf>, key: Key) -> WriterConfig {
        WriterConfig {
            dir: dir.into(),
            key,
            retired_keys: Vec::new(),
            segment_bytes: DEFAULT_SEGMENT_BYTES,
            stall_limit: Duration::from_secs(2),
            queue_capacity: 1024,
            io_hook: None,
        }
    }

    /// The current key plus the retired ones.
    pub fn keyring(&self) -> Keyring {
        Keyring::new(self.key.clone()).with_retired(self.retired_keys.iter().cloned())
    }

    /// Opens (with recovery) the log these settings describe.
    pub(crate) fn open_log(&self) -> Result<(Log, Opened), AuditError> {
        Log::open(
            &self.dir,
            self.keyring(),
            self.segment_bytes,
            self.io_hook.clone(),
        )
    }
}
