//! The audit MAC key: loading (production), creating (development), and its id.
//!
//! The key never appears in records, logs or `Debug` output; records carry only
//! `key_id`, a short hash that tells which key sealed them.

use std::fmt;
use std::fs::{self, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

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

/// Finds the key that sealed a record, by the record's `key_id`.
///
/// Implemented by a single [`Key`] (a log that never rotated) and by a
/// [`Keyring`] (the current key plus retired ones).
pub trait KeyLookup {
    /// The key with this id, if known.
    fn key(&self, id: &str) -> Option<&Key>;
    /// The key new records are sealed with.
    fn current(&self) -> &Key;
}

impl KeyLookup for Key {
    fn key(&self, id: &str) -> Option<&Key> {
        (self.id == id).then_some(self)
    }
    fn current(&self) -> &Key {
        self
    }
}

/// The current key plus retired keys, so one chain can span a key rotation.
/// Retired keys only verify: every new record is sealed with the current key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keyring {
    current: Key,
    retired: Vec<Key>,
}

impl Keyring {
    pub fn new(current: Key) -> Keyring {
        Keyring {
            current,
            retired: Vec::new(),
        }
    }

    /// Adds retired keys (a key given twice, or equal to the current one, is kept once).
    pub fn with_retired(mut self, keys: impl IntoIterator<Item = Key>) -> Keyring {
        for k in keys {
            if self.key(k.id()).is_none() {
                self.retired.push(k);
            }
        }
        self
    }

    pub fn retired(&self) -> &[Key] {
        &self.retired
    }
}

impl From<Key> for Keyring {
    fn from(current: Key) -> Keyring {
        Keyring::new(current)
    }
}

impl KeyLookup for Keyring {
    fn key(&self, id: &str) -> Option<&Key> {
        std::iter::once(&self.current)
            .chain(&self.retired)
            .find(|k| k.id == id)
    }
    fn current(&self) -> &Key {
        &self.current
    }
}

/// Loads the current key and every retired key file (production rules for each).
pub fn load_keyring(current: &Path, retired: &[PathBuf]) -> Result<Keyring, KeyError> {
    let mut ring = Keyring::new(load(current)?);
    for p in retired {
        ring = ring.with_retired([load(p)?]);
    }
    Ok(ring)
}

/// The retired key files kept next to `key_file` by the convention
/// `<key file name>.retired.<anything>` (e.g. `audit.key.retired.1`), sorted.
/// A missing directory yields none.
pub fn retired_key_files(key_file: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(name)) = (key_file.parent(), key_file.file_name()) else {
        return Vec::new();
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!("{}.retired.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.len() > prefix.len() && n.starts_with(&prefix))
        })
        .map(|e| dir.join(e.file_name()))
        .collect();
    out.sort();
    out
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

    #[test]
    fn keyring_finds_current_and_retired_by_id() {
        let a = Key::from_bytes(vec![1; 32]).unwrap();
        let b = Key::from_bytes(vec![2; 32]).unwrap();
        let ring = Keyring::new(b.clone()).with_retired([a.clone(), b.clone(), a.clone()]);
        assert_eq!(ring.retired().len(), 1);
        assert_eq!(ring.current(), &b);
        assert_eq!(ring.key(a.id()), Some(&a));
        assert_eq!(ring.key(b.id()), Some(&b));
        assert_eq!(ring.key("0000000000000000"), None);
        assert_eq!(KeyLookup::key(&a, b.id()), None);
    }

    #[test]
    fn retired_files_follow_the_naming_convention() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("audit.key");
        assert!(retired_key_files(&key).is_empty());
        for n in [
            "audit.key",
            "audit.key.retired.2",
            "audit.key.retired.1",
            "audit.key.retired.",
            "other.retired.1",
        ] {
            fs::write(dir.path().join(n), [9u8; 32]).unwrap();
        }
        let found = retired_key_files(&key);
        assert_eq!(
            found,
            vec![
                dir.path().join("audit.key.retired.1"),
                dir.path().join("audit.key.retired.2")
            ]
        );
        let ring = load_keyring(&key, &found).unwrap();
        assert_eq!(
            ring.retired().len(),
            0,
            "same bytes as the current key: kept once"
        );
        assert!(retired_key_files(Path::new("/nonexistent/dir/audit.key")).is_empty());
    }
}
