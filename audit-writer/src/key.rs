//! The audit MAC key: loading (production), creating (development), and its id.
//!
//! The key never appears in records, logs or `Debug` output; records carry only
//! `key_id`, a short hash that tells which key sealed them.

use std::fmt;
use std::fs::{self, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

use sha2::{Digest, Sha256};

/// Shortest key accepted (bytes): HMAC-SHA256 wants at least its output size.
pub const MIN_KEY_LEN: usize = 32;
/// Size of a generated development key.
pub const NEW_KEY_LEN: usize = 32;
/// Longest key file read (a key is a few dozen bytes; refuse to slurp a big file).
const MAX_KEY_LEN: u64 = 4096;

/// Domain tag so a key id can never collide with another use of SHA-256(key).
const KEY_ID_TAG: &[u8] = b"policy-gate audit key-id v1\0";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("audit key {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("audit key {path} is missing")]
    Missing { path: String },
    #[error("audit key {path} is empty")]
    Empty { path: String },
    #[error("audit key {path} is {len} bytes; at least {MIN_KEY_LEN} are required")]
    TooShort { path: String, len: usize },
    #[error("audit key {path} is larger than {MAX_KEY_LEN} bytes")]
    TooLong { path: String },
}

/// An HMAC key for the audit chain.
#[derive(Clone, PartialEq, Eq)]
pub struct Key {
    bytes: Vec<u8>,
    id: String,
}

impl Key {
    /// A key from raw bytes (at least [`MIN_KEY_LEN`]).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Key, KeyError> {
        check_len(&bytes, "<memory>")?;
        Ok(Key::new_unchecked(bytes))
    }

    fn new_unchecked(bytes: Vec<u8>) -> Key {
        let id = key_id_of(&bytes);
        Key { bytes, id }
    }

    /// A fixed key for benchmarks (never for a real log).
    pub(crate) fn new_for_bench() -> Key {
        Key::new_unchecked(b"policy-gate benchmark key, not secret!!".to_vec())
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Short hex id of the key (first 8 bytes of SHA-256 over a tag and the key).
    pub fn id(&self) -> &str {
        &self.id
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key {{ id: {}, .. }}", self.id)
    }
}

fn key_id_of(bytes: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(KEY_ID_TAG);
    h.update(bytes);
    crate::hex::encode(&h.finalize()[..8])
}

fn check_len(bytes: &[u8], path: &str) -> Result<(), KeyError> {
    if bytes.is_empty() {
        return Err(KeyError::Empty { path: path.into() });
    }
    if bytes.len() < MIN_KEY_LEN {
        return Err(KeyError::TooShort {
            path: path.into(),
            len: bytes.len(),
        });
    }
    Ok(())
}

fn io_err(path: &Path, source: std::io::Error) -> KeyError {
    KeyError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Production: reads the key file (raw bytes, at least [`MIN_KEY_LEN`]).
/// Missing, empty or short keys are errors naming the path.
pub fn load(path: &Path) -> Result<Key, KeyError> {
    let shown = path.display().to_string();
    let mut f = match fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(KeyError::Missing { path: shown })
        }
        Err(e) => return Err(io_err(path, e)),
    };
    if let Ok(meta) = f.metadata() {
        if meta.len() > MAX_KEY_LEN {
            return Err(KeyError::TooLong { path: shown });
        }
        if meta.permissions().mode() & 0o077 != 0 {
            tracing::warn!(path = %shown, "audit key file is readable by group or others");
        }
    }
    let mut bytes = Vec::new();
    Read::by_ref(&mut f)
        .take(MAX_KEY_LEN + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_err(path, e))?;
    if bytes.len() as u64 > MAX_KEY_LEN {
        return Err(KeyError::TooLong { path: shown });
    }
    check_len(&bytes, &shown)?;
    Ok(Key::new_unchecked(bytes))
}

/// Development: loads the key, or creates a 32-byte random one (mode 0600,
/// from /dev/urandom) when the file does not exist yet.
pub fn load_or_create(path: &Path) -> Result<Key, KeyError> {
    match load(path) {
        Err(KeyError::Missing { .. }) => {}
        other => return other,
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)
            .map_err(|e| io_err(parent, e))?;
    }
    let mut bytes = vec![0u8; NEW_KEY_LEN];
    fs::File::open("/dev/urandom")
        .and_then(|mut r| r.read_exact(&mut bytes))
        .map_err(|e| io_err(Path::new("/dev/urandom"), e))?;
    // create_new: if another process created it meanwhile, use theirs.
    let mut f = match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return load(path),
        Err(e) => return Err(io_err(path, e)),
    };
    f.write_all(&bytes)
        .and_then(|_| f.sync_all())
        .map_err(|e| io_err(path, e))?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        // Make the new directory entry durable too.
        if let Ok(d) = fs::File::open(parent) {
            let _ = d.sync_all();
        }
    }
    Ok(Key::new_unchecked(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn load_errors_name_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k");
        let e = load(&p).unwrap_err().to_string();
        assert!(
            e.contains(&p.display().to_string()) && e.contains("missing"),
            "{e}"
        );
        fs::write(&p, b"").unwrap();
        assert!(matches!(load(&p), Err(KeyError::Empty { .. })));
        fs::write(&p, b"short").unwrap();
        let e = load(&p).unwrap_err();
        assert!(matches!(e, KeyError::TooShort { len: 5, .. }));
        assert!(e.to_string().contains(&p.display().to_string()));
    }

    #[test]
    fn create_then_reuse_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/audit.key");
        let k1 = load_or_create(&p).unwrap();
        let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let k2 = load_or_create(&p).unwrap();
        assert_eq!(k1, k2);
        assert_eq!(k1.id().len(), 16);
        assert!(!format!("{k1:?}").contains(&crate::hex::encode(k1.bytes())));
        let k3 = Key::from_bytes(vec![7; 32]).unwrap();
        assert_ne!(k1.id(), k3.id());
    }
}
