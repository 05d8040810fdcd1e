//! Open-time recovery: where the chain ends and what (if anything) must be cut.
//!
//! Only the last segment can have a damaged tail: rotation fsyncs a segment before
//! the next one is created, and a failed group is truncated away. So the last
//! segment is verified in full, its link to the previous segment's last record is
//! checked, and its tail is classified:
//! * bytes after the last `\n` are a torn last line → cut;
//! * a complete line holding NUL bytes is a crash artefact (the file size reached
//!   the disk, the data blocks did not; serde_json never writes a raw NUL) → cut
//!   from there to the end;
//! * a complete line that fails its MAC, form, key or chain check is tampering, not
//!   a torn write → refuse to open.
//!
//! Everything cut was never acknowledged (acknowledged data was fsynced first), and
//! the cut itself is recorded as a `ChainRecovered` record by the caller.
//!
//! Records are checked with the key their `key_id` names. The tail must be
//! verifiable: a last segment sealed with a key that is not supplied is refused
//! ([`AuditError::MissingKey`]). The previous segment's last record only anchors
//! the link; when its (retired) key is not supplied it is parsed, not verified,
//! and the last segment must then open with the `KeyRotated` record that moved
//! the chain off that key (which authenticates the anchor's MAC as its `prev`).

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use crate::chain::{Cursor, LinkError};
use crate::error::AuditError;
use crate::hex;
use crate::key::KeyLookup;
use crate::record::{check_line, parse_line, ZERO_MAC};
use crate::segment::{self, SegmentFile};

/// Bytes removed from the tail of the last segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    pub file: String,
    pub offset: u64,
    pub bytes: u64,
    pub why: &'static str,
}

/// Where the chain ends on disk.
#[derive(Debug, Clone)]
pub struct Scan {
    /// The segment appends go to (None: empty directory).
    pub tail: Option<SegmentFile>,
    /// Length of the verified part of `tail`.
    pub good_len: u64,
    pub next_seq: u64,
    pub prev: [u8; 32],
    /// Key id of the last good record (None: empty log).
    pub key_id: Option<String>,
    pub cut: Option<Cut>,
}

fn tampered(seg: &SegmentFile, line: u64, seq: Option<u64>, problem: String) -> AuditError {
    AuditError::Tampered {
        file: seg.file_name(),
        line,
        seq,
        problem,
    }
}

fn link_error(seg: &SegmentFile, line: u64, e: LinkError, keys: &dyn KeyLookup) -> AuditError {
    match e.missing_key {
        Some(key_id) => missing(seg, line, key_id, keys),
        None => tampered(seg, line, e.seq, e.problem),
    }
}

fn missing(seg: &SegmentFile, line: u64, key_id: String, keys: &dyn KeyLookup) -> AuditError {
    AuditError::MissingKey {
        file: seg.file_name(),
        line,
        key_id,
        current: keys.current().id().to_string(),
    }
}

/// Reads the directory and verifies the tail of the chain (see module docs).
pub fn scan(dir: &Path, keys: &dyn KeyLookup) -> Result<Scan, AuditError> {
    let segs = segment::list(dir).map_err(|e| AuditError::io(dir, e))?;
    let Some(last) = segs.last().cloned() else {
        return Ok(Scan {
            tail: None,
            good_len: 0,
            next_seq: 1,
            prev: ZERO_MAC,
            key_id: None,
            cut: None,
        });
    };
    // The chain state just before the last segment.
    let mut cursor = if segs.len() >= 2 {
        let before = &segs[segs.len() - 2];
        let line = last_line(&before.path)?
            .ok_or_else(|| tampered(before, 0, None, "segment before the last is empty".into()))?;
        let bad = |p: String| {
            tampered(
                before,
                0,
                parse_line(&line).ok().map(|r| r.seq),
                format!("last record: {p}"),
            )
        };
        let r = parse_line(&line).map_err(|p| bad(p.to_string()))?;
        if keys.key(&r.key_id).is_some() {
            let c = check_line(&line, keys).map_err(|p| bad(p.to_string()))?;
            Cursor::after(keys, c.record.seq, c.mac, c.record.key_id)
        } else {
            // Retired key not supplied: anchor only (see module docs).
            let mac = hex::decode::<32>(&r.mac).ok_or_else(|| bad("mac is not hex".into()))?;
            Cursor::after(keys, r.seq, mac, r.key_id)
        }
    } else {
        Cursor::start(keys)
    };
    if last.first_seq != cursor.next_seq {
        return Err(tampered(
            &last,
            1,
            None,
            format!(
                "segment name says first seq {} but the chain continues at {}",
                last.first_seq, cursor.next_seq
            ),
        ));
    }
    // Streamed line by line: a 64 MiB segment must not cost 64 MiB of memory.
    let file = File::open(&last.path).map_err(|e| AuditError::io(&last.path, e))?;
    let file_len = file
        .metadata()
        .map_err(|e| AuditError::io(&last.path, e))?
        .len();
    let mut reader = BufReader::with_capacity(256 * 1024, file);
    let mut buf = Vec::new();
    let mut pos = 0u64;
    let mut line_no = 0u64;
    let mut cut = None;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| AuditError::io(&last.path, e))?;
        if n == 0 {
            break;
        }
        let Some(line) = buf.strip_suffix(b"\n") else {
            cut = Some((pos, "torn last line"));
            break;
        };
        line_no += 1;
        if line.contains(&0) {
            cut = Some((pos, "NUL bytes after a crash"));
            break;
        }
        cursor
            .advance(line)
            .map_err(|e| link_error(&last, line_no, e, keys))?;
        pos += n as u64;
    }
    // The chain is extended from its last good record: that record's key must
    // be at hand (it was verified with it, or it is the unverified anchor).
    if let Some(id) = cursor.key_id.as_deref() {
        if keys.key(id).is_none() {
            return Err(missing(&last, line_no, id.to_string(), keys));
        }
    }
    // About to rotate: the current key must be new to the chain. Every rotation
    // starts a segment, so the first records of the segments list its keys.
    if cursor
        .key_id
        .as_deref()
        .is_some_and(|id| id != keys.current().id())
    {
        for seg in &segs {
            if let Some(r) = first_line(&seg.path)?.and_then(|l| parse_line(&l).ok()) {
                if r.key_id == keys.current().id() {
                    return Err(AuditError::KeyReused {
                        key_id: r.key_id,
                        file: seg.file_name(),
                    });
                }
            }
        }
    }
    // Bytes appended while we read (nobody should write during recovery) are
    // not ours to judge; the cut covers everything after the good prefix.
    let end = file_len.max(pos);
    let good_len = cut.map(|(p, _)| p).unwrap_or(pos);
    if cut.is_none() && good_len < end {
        cut = Some((good_len, "torn last line"));
    }
    Ok(Scan {
        cut: cut.map(|(p, why)| Cut {
            file: last.file_name(),
            offset: p,
            bytes: end - p,
            why,
        }),
        tail: Some(last),
        good_len,
        next_seq: cursor.next_seq,
        prev: cursor.prev,
        key_id: cursor.key_id,
    })
}

/// The first complete line of a file (without `\n`), if any.
fn first_line(path: &Path) -> Result<Option<Vec<u8>>, AuditError> {
    let f = File::open(path).map_err(|e| AuditError::io(path, e))?;
    let mut line = Vec::new();
    // A record is a few hundred bytes; bound the read in case of garbage.
    BufReader::new(f)
        .take(1 << 20)
        .read_until(b'\n', &mut line)
        .map_err(|e| AuditError::io(path, e))?;
    Ok(line.strip_suffix(b"\n").map(<[u8]>::to_vec))
}

/// The last complete line of a file (without `\n`), read backwards in chunks so
/// a large segment is not read whole. `None` for a file with no complete line.
pub fn last_line(path: &Path) -> Result<Option<Vec<u8>>, AuditError> {
    let mut f = File::open(path).map_err(|e| AuditError::io(path, e))?;
    let len = f.metadata().map_err(|e| AuditError::io(path, e))?.len();
    // Find the final newline, then the one before it.
    let mut tail: Vec<u8> = Vec::new();
    let mut start = len;
    let mut chunk = 64 * 1024u64;
    loop {
        let from = start.saturating_sub(chunk);
        let mut buf = vec![0u8; (start - from) as usize];
        f.seek(SeekFrom::Start(from))
            .and_then(|_| f.read_exact(&mut buf))
            .map_err(|e| AuditError::io(path, e))?;
        buf.extend_from_slice(&tail);
        tail = buf;
        start = from;
        if let Some(end) = tail.iter().rposition(|&b| b == b'\n') {
            if let Some(begin) = tail[..end].iter().rposition(|&b| b == b'\n') {
                return Ok(Some(tail[begin + 1..end].to_vec()));
            }
            if start == 0 {
                return Ok(Some(tail[..end].to_vec()));
            }
        } else if start == 0 {
            return Ok(None);
        }
        chunk = chunk.saturating_mul(2);
    }
}
