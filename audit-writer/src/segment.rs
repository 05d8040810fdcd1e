//! Segment files: `audit-<first seq, 20 digits>.jsonl`, so names sort by seq.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

const PREFIX: &str = "audit-";
const SUFFIX: &str = ".jsonl";

/// The file name of the segment whose first record is `first_seq`.
pub fn name(first_seq: u64) -> String {
    format!("{PREFIX}{first_seq:020}{SUFFIX}")
}

/// The first seq a segment file name promises, if it is a segment name.
pub fn parse_name(name: &str) -> Option<u64> {
    let digits = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    if digits.len() != 20 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// One segment file on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentFile {
    pub first_seq: u64,
    pub path: PathBuf,
}

impl SegmentFile {
    pub fn file_name(&self) -> String {
        name(self.first_seq)
    }
}

/// Every segment in `dir`, sorted by first seq. Other files are ignored.
pub fn list(dir: &Path) -> io::Result<Vec<SegmentFile>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let Some(first_seq) = entry.file_name().to_str().and_then(parse_name) else {
            continue;
        };
        out.push(SegmentFile {
            first_seq,
            path: entry.path(),
        });
    }
    out.sort_by_key(|s| s.first_seq);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_by_seq_and_parse_back() {
        assert_eq!(name(1), "audit-00000000000000000001.jsonl");
        assert_eq!(parse_name(&name(u64::MAX)), Some(u64::MAX));
        assert_eq!(parse_name("audit-1.jsonl"), None);
        assert_eq!(parse_name("audit-0000000000000000000a.jsonl"), None);
        assert_eq!(parse_name("audit-00000000000000000001.jsonl.tmp"), None);
        assert!(name(9) < name(10));
    }
}
