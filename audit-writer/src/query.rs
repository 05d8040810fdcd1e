//! Reading records back: a filtered scan of the whole directory, and a
//! poll-based follower that yields records as they are appended. Neither checks
//! MACs (that is [`crate::verify()`]); both skip an incomplete last line, which may
//! be a write in progress.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::Duration;

use ipc::RecordKind;

use crate::record::{parse_line, Record};
use crate::segment::{self, SegmentFile};

/// Which records a query wants. Empty/None fields match everything.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub tenant: Option<String>,
    pub kinds: Vec<RecordKind>,
    /// Records at or after this time (ms since the epoch).
    pub since_ms: Option<u64>,
    /// Records strictly before this time.
    pub until_ms: Option<u64>,
}

impl Filter {
    pub fn matches(&self, r: &Record) -> bool {
        if let Some(t) = &self.tenant {
            if r.tenant.as_deref() != Some(t.as_str()) {
                return false;
            }
        }
        if !self.kinds.is_empty() && !self.kinds.contains(&r.kind) {
            return false;
        }
        if self.since_ms.is_some() || self.until_ms.is_some() {
            let Some(ts) = r.ts_ms() else { return false };
            if self.since_ms.is_some_and(|s| ts < s) || self.until_ms.is_some_and(|u| ts >= u) {
                return false;
            }
        }
        true
    }
}

#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: {problem}")]
    Bad {
        file: String,
        line: u64,
        problem: String,
    },
}

fn io_err(path: &Path, source: std::io::Error) -> QueryError {
    QueryError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Every record of `dir` matching `filter`, in seq order. A line that cannot be
/// parsed is reported as an error item and the scan goes on.
pub fn query(dir: &Path, filter: &Filter) -> Query {
    let (segs, pending_err) = match segment::list(dir) {
        Ok(s) => (s, None),
        Err(e) => (Vec::new(), Some(io_err(dir, e))),
    };
    Query {
        segs: segs.into_iter(),
        cur: None,
        filter: filter.clone(),
        pending_err,
    }
}

/// Iterator returned by [`query`].
pub struct Query {
    segs: std::vec::IntoIter<SegmentFile>,
    cur: Option<(String, PathBuf, BufReader<File>, u64)>,
    filter: Filter,
    pending_err: Option<QueryError>,
}

impl Iterator for Query {
    type Item = Result<Record, QueryError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.pending_err.take() {
            return Some(Err(e));
        }
        let mut line = Vec::new();
        loop {
            if self.cur.is_none() {
                let seg = self.segs.next()?;
                match File::open(&seg.path) {
                    Ok(f) => {
                        self.cur = Some((
                            seg.file_name(),
                            seg.path,
                            BufReader::with_capacity(256 * 1024, f),
                            0,
                        ))
                    }
                    Err(e) => return Some(Err(io_err(&seg.path, e))),
                }
            }
            let (name, path, r, line_no) = self.cur.as_mut()?;
            line.clear();
            match r.read_until(b'\n', &mut line) {
                Err(e) => {
                    let e = io_err(path, e);
                    self.cur = None;
                    return Some(Err(e));
                }
                Ok(0) => {
                    self.cur = None;
                    continue;
                }
                Ok(_) => {}
            }
            *line_no += 1;
            let Some(body) = line.strip_suffix(b"\n") else {
                continue; // incomplete last line
            };
            match parse_line(body) {
                Ok(rec) if self.filter.matches(&rec) => return Some(Ok(rec)),
                Ok(_) => {}
                Err(p) => {
                    return Some(Err(QueryError::Bad {
                        file: name.clone(),
                        line: *line_no,
                        problem: p.to_string(),
                    }))
                }
            }
        }
    }
}

/// Where a follower starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowFrom {
    /// From the first record on disk.
    Start,
    /// Only records appended from now on.
    End,
    /// From this seq on.
    Seq(u64),
}

/// Yields records as they are appended (poll-based; see [`Follow::poll`]).
pub struct Follow {
    dir: PathBuf,
    filter: Filter,
    from: FollowFrom,
    /// Current segment and the offset just past the last complete line read.
    at: Option<(SegmentFile, u64)>,
    started: bool,
    pub interval: Duration,
}

/// A follower of `dir` (the `tail -f` of the audit log).
pub fn follow(dir: &Path, filter: &Filter, from: FollowFrom) -> Follow {
    Follow {
        dir: dir.to_path_buf(),
        filter: filter.clone(),
        from,
        at: None,
        started: false,
        interval: Duration::from_millis(100),
    }
}

impl Follow {
    /// Reads whatever complete lines were appended since the last call
    /// (never blocks). Moves on to newer segments as they appear.
    pub fn poll(&mut self) -> Result<Vec<Record>, QueryError> {
        let segs = segment::list(&self.dir).map_err(|e| io_err(&self.dir, e))?;
        if !self.started {
            self.started = true;
            if self.from == FollowFrom::End {
                if let Some(last) = segs.last() {
                    let end = end_of_last_line(&last.path)?;
                    self.at = Some((last.clone(), end));
                }
            }
        }
        let mut out = Vec::new();
        loop {
            let (seg, offset) = match &self.at {
                Some((s, o)) => (s.clone(), *o),
                None => match segs.first() {
                    Some(s) => (s.clone(), 0),
                    None => return Ok(out),
                },
            };
            let (new_offset, complete) = self.read_from(&seg, offset, &mut out)?;
            let next = segs.iter().find(|s| s.first_seq > seg.first_seq);
            match next {
                // A newer segment exists and this one ends cleanly: move on.
                Some(n) if complete => self.at = Some((n.clone(), 0)),
                _ => {
                    self.at = Some((seg, new_offset));
                    return Ok(out);
                }
            }
        }
    }

    /// Reads complete lines of `seg` from `offset`; returns the new offset and
    /// whether the file ended exactly at a line boundary.
    fn read_from(
        &self,
        seg: &SegmentFile,
        offset: u64,
        out: &mut Vec<Record>,
    ) -> Result<(u64, bool), QueryError> {
        let mut f = match File::open(&seg.path) {
            Ok(f) => f,
            // Removed by a rollback of a failed group: nothing to read.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((0, true)),
            Err(e) => return Err(io_err(&seg.path, e)),
        };
        let len = f.metadata().map_err(|e| io_err(&seg.path, e))?.len();
        // The file shrank (a torn tail was cut): continue from its new end.
        let offset = offset.min(len);
        let mut buf = Vec::new();
        f.seek(SeekFrom::Start(offset))
            .and_then(|_| f.take(len - offset).read_to_end(&mut buf))
            .map_err(|e| io_err(&seg.path, e))?;
        let mut used = 0usize;
        while let Some(nl) = buf[used..].iter().position(|&b| b == b'\n') {
            let body = &buf[used..used + nl];
            used += nl + 1;
            let rec = match parse_line(body) {
                Ok(r) => r,
                Err(p) => {
                    // Skip it rather than stall the follower on one line;
                    // `verify` is the tool that judges the log.
                    tracing::warn!(file = %seg.file_name(), problem = %p, "unreadable audit line skipped");
                    continue;
                }
            };
            let wanted = match self.from {
                FollowFrom::Seq(s) => rec.seq >= s,
                _ => true,
            };
            if wanted && self.filter.matches(&rec) {
                out.push(rec);
            }
        }
        Ok((offset + used as u64, used == buf.len()))
    }

    /// Blocks until at least one record arrives or `timeout` passes.
    pub fn wait(&mut self, timeout: Duration) -> Result<Vec<Record>, QueryError> {
        let deadline = std::time::Instant::now() + timeout;
        loop {
            let got = self.poll()?;
            if !got.is_empty() || std::time::Instant::now() >= deadline {
                return Ok(got);
            }
            std::thread::sleep(self.interval);
        }
    }
}

/// Offset just past the last `\n` of a file, read backwards in chunks.
fn end_of_last_line(path: &Path) -> Result<u64, QueryError> {
    let mut f = File::open(path).map_err(|e| io_err(path, e))?;
    let mut end = f.metadata().map_err(|e| io_err(path, e))?.len();
    let mut buf = vec![0u8; 64 * 1024];
    while end > 0 {
        let from = end.saturating_sub(buf.len() as u64);
        let chunk = &mut buf[..(end - from) as usize];
        f.seek(SeekFrom::Start(from))
            .and_then(|_| f.read_exact(chunk))
            .map_err(|e| io_err(path, e))?;
        if let Some(p) = chunk.iter().rposition(|&b| b == b'\n') {
            return Ok(from + p as u64 + 1);
        }
        end = from;
    }
    Ok(0)
}
