//! The single-threaded writer: seals records, appends them to the current
//! segment, rotates by size, makes each group durable with one `fdatasync`, and
//! on any failure rolls the files and the chain back to the last durable state.
//!
//! Key rotation: when the chain on disk ends under another key than the current
//! one (verified with that retired key during recovery), the first record
//! written is a `KeyRotated` record sealed with the new key, chained to the old
//! last MAC, and placed at the start of a new segment, so every segment is
//! sealed under one key and later starts need the retired key no more (only
//! `verify` of the whole directory does).

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use ipc::{AuditEntry, RecordKind};

use crate::chain::rotation_detail;
use crate::error::AuditError;
use crate::key::{KeyLookup, Keyring};
use crate::record::Record;
use crate::recover::{self, Cut};
use crate::segment;

/// Default segment size before rotation.
pub const DEFAULT_SEGMENT_BYTES: u64 = 64 << 20;

/// A file operation about to happen (for fault injection in tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoOp {
    /// Opening a segment for appending.
    Open,
    Write,
    Sync,
    /// fsync of the directory after a segment was created or removed.
    SyncDir,
    Create,
    Truncate,
}

/// Called before every write, sync, segment creation and truncation; an error
/// returned here is treated exactly like the same error from the kernel. Used by
/// tests to simulate EIO, a full disk or a stalled disk.
#[derive(Clone)]
pub struct IoHook(pub Arc<IoHookFn>);

/// The function behind an [`IoHook`].
pub type IoHookFn = dyn Fn(IoOp, &Path) -> io::Result<()> + Send + Sync;

impl fmt::Debug for IoHook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("IoHook(..)")
    }
}

/// What opening found and did.
#[derive(Debug, Clone)]
pub struct Opened {
    /// Highest seq on disk after recovery (0 for an empty log).
    pub last_seq: u64,
    /// What was cut from a damaged tail (also recorded as `ChainRecovered`).
    pub cut: Option<Cut>,
    /// The retired key id the chain was moved off (recorded as `KeyRotated`).
    pub rotated_from: Option<String>,
}

struct Current {
    path: PathBuf,
    file: File,
    /// Bytes written (durable at every group boundary).
    len: u64,
}

/// The open audit log (one writer per directory).
pub struct Log {
    dir: PathBuf,
    keys: Keyring,
    segment_bytes: u64,
    hook: Option<IoHook>,
    next_seq: u64,
    prev: [u8; 32],
    cur: Option<Current>,
    /// Set when a rollback itself failed: the files must be re-scanned before
    /// the next append.
    broken: bool,
    /// A cut not yet recorded as a durable `ChainRecovered` record.
    pending_cut: Option<Cut>,
    /// The next record starts a new segment (set for a key rotation).
    new_segment: bool,
    sync_us: Vec<u64>,
}

/// Group state kept for rollback.
struct Undo {
    next_seq: u64,
    prev: [u8; 32],
    start: Option<(PathBuf, u64)>,
    created: Vec<PathBuf>,
    new_segment: bool,
}

impl Log {
    /// Opens (creating the directory with mode 0700 if needed), recovers the tail,
    /// records a change of key as a durable `KeyRotated` record and any cut as a
    /// durable `ChainRecovered` record. Records are sealed with `keys.current()`;
    /// retired keys verify the tail the chain is continued from.
    pub fn open(
        dir: &Path,
        keys: impl Into<Keyring>,
        segment_bytes: u64,
        hook: Option<IoHook>,
    ) -> Result<(Log, Opened), AuditError> {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| AuditError::io(dir, e))?;
        let mut log = Log {
            dir: dir.to_path_buf(),
            keys: keys.into(),
            segment_bytes: segment_bytes.max(1),
            hook,
            next_seq: 1,
            prev: crate::record::ZERO_MAC,
            cur: None,
            broken: false,
            pending_cut: None,
            new_segment: false,
            sync_us: Vec::new(),
        };
        // A chain that does not verify is fatal; a disk that cannot be written
        // right now is not: the log opens degraded, appends fail (the supervisor
        // answers Block) and every append retries recovery until the disk is back.
        let scan = recover::scan(dir, &log.keys)?;
        let rotated_from = log.rotation_from(&scan);
        if let Err(e) = log.apply(&scan) {
            tracing::error!(error = %e, "audit log opened degraded: appends fail until the disk is writable");
            log.broken = true;
        }
        let opened = Opened {
            last_seq: log.last_seq(),
            cut: scan.cut.clone(),
            rotated_from,
        };
        Ok((log, opened))
    }

    /// Re-reads the tail, cuts damage, reopens the last segment.
    fn recover(&mut self) -> Result<(), AuditError> {
        let scan = recover::scan(&self.dir, &self.keys)?;
        self.apply(&scan)
    }

    /// The key id the chain on disk ends under, when it is not the current key.
    fn rotation_from(&self, scan: &recover::Scan) -> Option<String> {
        let current = self.keys.current().id();
        scan.key_id.clone().filter(|id| id != current)
    }

    /// Adopts the chain state of `scan`, truncates its damaged tail, reopens the
    /// last segment and records a key rotation and the cut. On error the log
    /// stays `broken` (every append fails and retries this) until it succeeds.
    fn apply(&mut self, scan: &recover::Scan) -> Result<(), AuditError> {
        self.cur = None;
        self.broken = true;
        self.next_seq = scan.next_seq;
        self.prev = scan.prev;
        if let Some(cut) = &scan.cut {
            tracing::warn!(file = %cut.file, offset = cut.offset, bytes = cut.bytes, why = cut.why, "audit tail cut during recovery");
            // Remembered until the ChainRecovered record is durable, even if the
            // truncation succeeds and the record write fails.
            self.pending_cut = Some(cut.clone());
        }
        if let Some(seg) = &scan.tail {
            let file = self.open_append(&seg.path)?;
            if scan.cut.is_some() {
                self.hook(IoOp::Truncate, &seg.path)?;
                file.set_len(scan.good_len)
                    .and_then(|_| file.sync_data())
                    .map_err(|e| AuditError::io(&seg.path, e))?;
            }
            self.cur = Some(Current {
                path: seg.path.clone(),
                file,
                len: scan.good_len,
            });
        }
        self.broken = false;
        // The rotation comes first: the key may change only at a KeyRotated
        // record. Re-derived from disk on every retry, so it cannot be lost.
        let mut events = Vec::new();
        if let Some(from) = self.rotation_from(scan) {
            tracing::warn!(from = %from, to = self.keys.current().id(), "audit key rotated");
            events.push(rotated_entry(&from, self.keys.current().id()));
            self.new_segment = true;
        }
        if let Some(cut) = &self.pending_cut {
            events.push(recovered_entry(cut));
        }
        if !events.is_empty() {
            if let Err(e) = self.commit(&[&events]) {
                // Nothing may be appended before these records: re-scan first.
                self.new_segment = false;
                self.broken = true;
                return Err(e);
            }
            self.pending_cut = None;
        }
        Ok(())
    }

    /// Highest seq durable on disk.
    pub fn last_seq(&self) -> u64 {
        self.next_seq - 1
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// fdatasync durations (µs) since the last call.
    pub fn drain_sync_us(&mut self) -> Vec<u64> {
        std::mem::take(&mut self.sync_us)
    }

    fn hook(&self, op: IoOp, path: &Path) -> Result<(), AuditError> {
        match &self.hook {
            Some(h) => (h.0)(op, path).map_err(|e| AuditError::io(path, e)),
            None => Ok(()),
        }
    }

    /// Appends every batch (consecutive seqs, batches in order) and makes all of
    /// them durable with one fdatasync (two across a rotation). All or nothing:
    /// on error nothing of the group stays on disk and the chain is unchanged.
    /// Returns the first seq of each batch.
    pub fn commit(&mut self, batches: &[&[AuditEntry]]) -> Result<Vec<u64>, AuditError> {
        if self.broken {
            self.recover()?;
        }
        let mut undo = Undo {
            next_seq: self.next_seq,
            prev: self.prev,
            start: self.cur.as_ref().map(|c| (c.path.clone(), c.len)),
            created: Vec::new(),
            new_segment: self.new_segment,
        };
        match self.write_group(batches, &mut undo) {
            Ok(firsts) => Ok(firsts),
            Err(e) => {
                self.rollback(undo);
                Err(e)
            }
        }
    }

    fn write_group(
        &mut self,
        batches: &[&[AuditEntry]],
        undo: &mut Undo,
    ) -> Result<Vec<u64>, AuditError> {
        let mut buf = Vec::with_capacity(batches.iter().map(|b| b.len()).sum::<usize>() * 512);
        let mut firsts = Vec::with_capacity(batches.len());
        for batch in batches {
            firsts.push(self.next_seq);
            for entry in batch.iter() {
                let key = self.keys.current();
                let mut rec = Record::from_entry(entry, self.next_seq, &self.prev, key);
                let (line, mac) = rec.seal(key).map_err(AuditError::Seal)?;
                let rotate = match &self.cur {
                    None => true,
                    Some(c) if self.new_segment => c.len + buf.len() as u64 > 0,
                    Some(c) => {
                        let used = c.len + buf.len() as u64;
                        used > 0 && used + line.len() as u64 > self.segment_bytes
                    }
                };
                if rotate {
                    if self.cur.is_some() {
                        self.flush(&mut buf)?;
                        self.sync()?;
                    }
                    self.create_segment(self.next_seq, undo)?;
                }
                self.new_segment = false;
                buf.extend_from_slice(&line);
                self.next_seq += 1;
                self.prev = mac;
            }
        }
        self.flush(&mut buf)?;
        self.sync()?;
        Ok(firsts)
    }

    fn flush(&mut self, buf: &mut Vec<u8>) -> Result<(), AuditError> {
        if buf.is_empty() {
            return Ok(());
        }
        let Some(cur) = self.cur.as_ref() else {
            return Err(AuditError::Failed("no open segment".into()));
        };
        self.hook(IoOp::Write, &cur.path)?;
        let cur = self.cur.as_mut().ok_or(AuditError::Closed)?;
        cur.file
            .write_all(buf)
            .map_err(|e| AuditError::io(&cur.path, e))?;
        cur.len += buf.len() as u64;
        buf.clear();
        Ok(())
    }

    fn sync(&mut self) -> Result<(), AuditError> {
        let Some(cur) = self.cur.as_ref() else {
            return Ok(());
        };
        self.hook(IoOp::Sync, &cur.path)?;
        let t = Instant::now();
        cur.file
            .sync_data()
            .map_err(|e| AuditError::io(&cur.path, e))?;
        self.sync_us.push(t.elapsed().as_micros() as u64);
        Ok(())
    }

    fn create_segment(&mut self, first_seq: u64, undo: &mut Undo) -> Result<(), AuditError> {
        let path = self.dir.join(segment::name(first_seq));
        self.hook(IoOp::Create, &path)?;
        // An empty leftover of an earlier failed rotation is reused; a segment
        // with records is never touched.
        match fs::metadata(&path) {
            Ok(m) if m.len() != 0 => {
                return Err(AuditError::Failed(format!(
                    "{} already exists and is not empty",
                    path.display()
                )))
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(AuditError::io(&path, e)),
        }
        let file = self.open_append(&path)?;
        // From here on a failure must remove the file: an empty segment named
        // after a seq that later lands in the previous segment would break the chain.
        undo.created.push(path.clone());
        // The new directory entry must be durable before records in it count.
        self.sync_dir()?;
        self.cur = Some(Current { path, file, len: 0 });
        Ok(())
    }

    /// Puts files and chain back to the state before the failed group.
    fn rollback(&mut self, undo: Undo) {
        self.next_seq = undo.next_seq;
        self.prev = undo.prev;
        self.new_segment = undo.new_segment;
        let result = (|| -> Result<(), AuditError> {
            for p in &undo.created {
                match fs::remove_file(p) {
                    Ok(()) => {}
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(AuditError::io(p, e)),
                }
            }
            if !undo.created.is_empty() {
                self.sync_dir()?;
            }
            self.cur = None;
            if let Some((path, len)) = &undo.start {
                let file = self.open_append(path)?;
                self.hook(IoOp::Truncate, path)?;
                file.set_len(*len)
                    .and_then(|_| file.sync_data())
                    .map_err(|e| AuditError::io(path, e))?;
                self.cur = Some(Current {
                    path: path.clone(),
                    file,
                    len: *len,
                });
            }
            Ok(())
        })();
        if let Err(e) = result {
            tracing::error!(error = %e, "audit rollback failed; will re-scan before the next append");
            self.cur = None;
            self.broken = true;
        }
    }
}

impl Log {
    fn sync_dir(&self) -> Result<(), AuditError> {
        self.hook(IoOp::SyncDir, &self.dir)?;
        sync_dir(&self.dir)
    }

    fn open_append(&self, path: &Path) -> Result<File, AuditError> {
        self.hook(IoOp::Open, path)?;
        open_append(path)
    }
}

fn open_append(path: &Path) -> Result<File, AuditError> {
    OpenOptions::new()
        .create(true)
        .append(true)
        .read(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| AuditError::io(path, e))
}

fn sync_dir(dir: &Path) -> Result<(), AuditError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| AuditError::io(dir, e))
}

fn rotated_entry(from: &str, to: &str) -> AuditEntry {
    AuditEntry::event(
        RecordKind::KeyRotated,
        None,
        Some("KeyRotated".into()),
        0,
        rotation_detail(from, to),
    )
}

fn recovered_entry(cut: &Cut) -> AuditEntry {
    let detail = serde_json::json!({
        "file": cut.file,
        "offset": cut.offset,
        "cut_bytes": cut.bytes,
        "why": cut.why,
    });
    AuditEntry::event(
        RecordKind::ChainRecovered,
        None,
        Some("ChainRecovered".into()),
        0,
        detail.to_string(),
    )
}
