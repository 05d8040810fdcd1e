//! Errors of the writer side (open, recovery, append, serve).

use std::io;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error("audit log {file} line {line} (seq {seq:?}): {problem}; refusing to extend a broken chain (run `audit verify`)")]
    Tampered {
        file: String,
        line: u64,
        seq: Option<u64>,
        problem: String,
    },
    #[error("audit log {file} line {line}: sealed with key id {key_id}, which is neither the current audit key ({current}) nor a supplied retired key; supply the retired key (audit_retired_key_files, --audit-retired-key-file, or <state-dir>/audit.key.retired.* under --dev) so the chain can be verified and rotated")]
    MissingKey {
        file: String,
        line: u64,
        key_id: String,
        current: String,
    },
    #[error("the current audit key {key_id} already sealed {file}, earlier in this chain, and was rotated away from; a retired key must not seal again: use a new key")]
    KeyReused { key_id: String, file: String },
    #[error(transparent)]
    Key(#[from] crate::key::KeyError),
    #[error("sealing a record: {0}")]
    Seal(String),
    #[error("supervisor socket: {0}")]
    Frame(#[from] ipc::FrameError),
    #[error("audit writer is closed")]
    Closed,
    #[error("append failed: {0}")]
    Failed(String),
}

impl AuditError {
    pub(crate) fn io(path: &Path, source: io::Error) -> AuditError {
        AuditError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}
