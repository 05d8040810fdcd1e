//! Whole-directory verification: seq continuity across segments, prev links,
//! MACs (each under the key its `key_id` names), key changes only at
//! `KeyRotated` records, canonical form. Names the first bad record.
//!
//! A hash chain cannot tell that records were removed from the very end (the
//! last segment deleted or cut at a line boundary); compare
//! [`VerifyReport::last_seq`] with the writer's `last_seq` for that.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use crate::chain::Cursor;
use crate::hex;
use crate::key::KeyLookup;
use crate::record::parse_line;
use crate::segment;

/// A directory that verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    pub records: u64,
    pub segments: usize,
    /// 0 for an empty log.
    pub last_seq: u64,
    /// Hex MAC of the last record (64 zeros for an empty log): an anchor to keep.
    pub last_mac: String,
    /// Key of the last record (the current key for an empty log).
    pub key_id: String,
    /// Every key the chain was sealed with, in order (more than one: rotated).
    pub key_ids: Vec<String>,
}

/// The first record that is not as it should be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRecord {
    /// Segment file name.
    pub file: String,
    /// 1-based line number in that file (0 when the problem is the file itself).
    pub line: u64,
    /// The seq the bad line claims, if it could be read.
    pub seq: Option<u64>,
    pub problem: String,
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{} (seq {}): {}", .0.file, .0.line, .0.seq.map(|s| s.to_string()).unwrap_or_else(|| "?".into()), .0.problem)]
    Bad(BadRecord),
}

fn bad(file: &str, line: u64, seq: Option<u64>, problem: impl Into<String>) -> VerifyError {
    VerifyError::Bad(BadRecord {
        file: file.to_string(),
        line,
        seq,
        problem: problem.into(),
    })
}

/// Proves `dir` intact, each record under the key its `key_id` names (pass a
/// [`crate::Key`] for a log that never rotated, or a [`crate::Keyring`] with
/// the retired keys), or names the first bad record.
pub fn verify(dir: &Path, keys: &dyn KeyLookup) -> Result<VerifyReport, VerifyError> {
    let io = |path: &Path, source| VerifyError::Io {
        path: path.display().to_string(),
        source,
    };
    let segs = segment::list(dir).map_err(|e| io(dir, e))?;
    let mut cursor = Cursor::start(keys);
    let mut records = 0u64;
    let mut key_ids: Vec<String> = Vec::new();
    for seg in &segs {
        let name = seg.file_name();
        if seg.first_seq != cursor.next_seq {
            return Err(bad(
                &name,
                0,
                None,
                format!(
                    "segment starts at seq {} but the chain continues at {} (segment missing or renamed?)",
                    seg.first_seq, cursor.next_seq
                ),
            ));
        }
        let f = File::open(&seg.path).map_err(|e| io(&seg.path, e))?;
        let mut r = BufReader::with_capacity(256 * 1024, f);
        let mut line = Vec::new();
        let mut line_no = 0u64;
        loop {
            line.clear();
            let n = r
                .read_until(b'\n', &mut line)
                .map_err(|e| io(&seg.path, e))?;
            if n == 0 {
                break;
            }
            line_no += 1;
            let Some(body) = line.strip_suffix(b"\n") else {
                let claimed = parse_line(&line).ok().map(|r| r.seq);
                return Err(bad(
                    &name,
                    line_no,
                    claimed,
                    "incomplete last line (torn write not yet recovered)",
                ));
            };
            if let Err(e) = cursor.advance(body) {
                return Err(bad(&name, line_no, e.seq, e.problem));
            }
            if let Some(id) = &cursor.key_id {
                if key_ids.last() != Some(id) {
                    key_ids.push(id.clone());
                }
            }
            records += 1;
        }
    }
    Ok(VerifyReport {
        records,
        segments: segs.len(),
        last_seq: cursor.next_seq - 1,
        last_mac: hex::encode(&cursor.prev),
        key_id: cursor
            .key_id
            .clone()
            .unwrap_or_else(|| keys.current().id().to_string()),
        key_ids,
    })
}
