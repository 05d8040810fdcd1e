//! Chain round trips, rotation, reopen, tamper detection and tail recovery.

mod common;

use std::fs;
use std::io::Write;

use audit_writer::{verify, AuditError, AuditLog, VerifyError};
use common::*;
use ipc::RecordKind;

fn small_segments(dir: &std::path::Path) -> audit_writer::WriterConfig {
    let mut c = cfg(dir);
    c.segment_bytes = 4096;
    c
}

/// 200 records in groups of varying size across ~10 segments, reopened twice.
fn build(dir: &std::path::Path) {
    let mut next = 0;
    for round in 0..3 {
        let log = AuditLog::open(&small_segments(dir)).unwrap();
        assert_eq!(log.opened().last_seq, next);
        assert!(log.opened().cut.is_none());
        for g in 1..=10u64 {
            let n = if round == 2 { g } else { (g % 4) + 1 };
            let first = log.append(entries(next, n)).unwrap();
            assert_eq!(
                first,
                next + 1,
                "seqs are consecutive across appends and reopens"
            );
            next += n;
        }
        log.close().unwrap();
    }
}

#[test]
fn chain_round_trip_across_rotation_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let report = verify(dir.path(), &key()).unwrap();
    let segs = segments(dir.path());
    assert!(segs.len() > 3, "rotation happened: {} segments", segs.len());
    assert_eq!(report.segments, segs.len());
    assert_eq!(report.records, report.last_seq);
    // Every segment but the last respects the size limit, and names its first seq.
    for p in &segs[..segs.len() - 1] {
        assert!(fs::metadata(p).unwrap().len() <= 4096);
    }
    for s in audit_writer::segment::list(dir.path()).unwrap() {
        let first = lines(&s.path)[0].clone();
        let rec: audit_writer::Record = serde_json::from_str(&first).unwrap();
        assert_eq!(rec.seq, s.first_seq);
    }
    // The first record chains from zeros; files and dir are private.
    let first = &lines(&segs[0])[0];
    assert!(first.contains(&format!("\"prev\":\"{}\"", "0".repeat(64))));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        fs::metadata(&segs[0]).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // A record has every documented field, and the key never appears.
    let v: serde_json::Value = serde_json::from_str(first).unwrap();
    for f in [
        "seq",
        "ts",
        "kind",
        "tenant",
        "direction",
        "is_pass",
        "reason",
        "intent",
        "channels",
        "input_sha256",
        "input_len",
        "policy_generation",
        "detail",
        "key_id",
        "prev",
        "mac",
    ] {
        assert!(v.get(f).is_some(), "field {f} missing in {first}");
    }
    assert_eq!(v["channels"][0]["channel"], "A");
    assert_eq!(v["ts"], "2026-11-25T12:41:01.000Z");
    for p in &segs {
        let raw = fs::read(p).unwrap();
        let k = b"0123456789abcdef0123456789abcdef";
        assert!(!raw.windows(k.len()).any(|w| w == k));
    }
}

fn expect_bad(
    dir: &std::path::Path,
    file: &std::path::Path,
    line: u64,
    seq: Option<u64>,
    needle: &str,
) {
    match verify(dir, &key()) {
        Err(VerifyError::Bad(b)) => {
            assert_eq!(b.file, file.file_name().unwrap().to_str().unwrap(), "{b:?}");
            assert_eq!(b.line, line, "{b:?}");
            assert_eq!(b.seq, seq, "{b:?}");
            assert!(b.problem.contains(needle), "{b:?} lacks {needle:?}");
        }
        other => panic!("expected a bad record, got {other:?}"),
    }
}

fn seq_of(line: &str) -> u64 {
    serde_json::from_str::<audit_writer::Record>(line)
        .unwrap()
        .seq
}

#[test]
fn flipped_field_is_named() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let p = segments(dir.path())[2].clone();
    let mut ls = lines(&p);
    let seq = seq_of(&ls[3]);
    let before = ls[3].clone();
    ls[3] = ls[3].replacen("\"input_len\":", "\"input_len\":9", 1);
    assert_ne!(before, ls[3]);
    write_lines(&p, &ls);
    expect_bad(dir.path(), &p, 4, Some(seq), "MAC mismatch");
    // Flipping is_pass of a block is caught the same way.
    let dir2 = tempfile::tempdir().unwrap();
    build(dir2.path());
    let p2 = segments(dir2.path())[1].clone();
    let mut ls2 = lines(&p2);
    let i = ls2
        .iter()
        .position(|l| l.contains("\"is_pass\":false"))
        .unwrap();
    ls2[i] = ls2[i].replace("\"is_pass\":false", "\"is_pass\":true");
    let seq2 = seq_of(&ls2[i]);
    write_lines(&p2, &ls2);
    expect_bad(dir2.path(), &p2, i as u64 + 1, Some(seq2), "MAC mismatch");
}

#[test]
fn deleted_line_is_named() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let p = segments(dir.path())[1].clone();
    let mut ls = lines(&p);
    let gone = seq_of(&ls[2]);
    ls.remove(2);
    write_lines(&p, &ls);
    // The record after the gap is the first bad one.
    expect_bad(
        dir.path(),
        &p,
        3,
        Some(gone + 1),
        &format!("where {gone} was expected"),
    );
}

#[test]
fn reordered_line_is_named() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let p = segments(dir.path())[1].clone();
    let mut ls = lines(&p);
    let s1 = seq_of(&ls[1]);
    ls.swap(1, 2);
    write_lines(&p, &ls);
    expect_bad(
        dir.path(),
        &p,
        2,
        Some(s1 + 1),
        &format!("where {s1} was expected"),
    );
}

#[test]
fn truncated_middle_and_deleted_segment_are_named() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let p = segments(dir.path())[1].clone();
    let mut ls = lines(&p);
    let seq = seq_of(&ls[1]);
    let half = ls[1].len() / 2;
    ls[1].truncate(half);
    write_lines(&p, &ls);
    expect_bad(dir.path(), &p, 2, None, "not a valid record");
    let _ = seq;

    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let segs = segments(dir.path());
    fs::remove_file(&segs[2]).unwrap();
    expect_bad(dir.path(), &segs[3], 0, None, "segment missing");

    // Deleting the first segment is caught too (the chain must start at 1).
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let segs = segments(dir.path());
    fs::remove_file(&segs[0]).unwrap();
    expect_bad(dir.path(), &segs[1], 0, None, "continues at 1");
}

#[test]
fn wrong_key_is_named() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let other = audit_writer::Key::from_bytes(vec![9; 32]).unwrap();
    match verify(dir.path(), &other) {
        Err(VerifyError::Bad(b)) => {
            assert_eq!((b.line, b.seq), (1, Some(1)));
            assert!(b.problem.contains("key id"), "{b:?}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn torn_last_line_is_cut_and_recorded() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let last_seq = verify(dir.path(), &key()).unwrap().last_seq;
    let p = segments(dir.path()).pop().unwrap();
    let good_len = fs::metadata(&p).unwrap().len();
    // A write that reached the disk only partly, then NUL-filled blocks.
    let mut f = fs::OpenOptions::new().append(true).open(&p).unwrap();
    f.write_all(b"{\"seq\":999,\"ts\":\"2026-").unwrap();
    drop(f);
    assert!(matches!(
        verify(dir.path(), &key()),
        Err(VerifyError::Bad(_))
    ));

    let log = AuditLog::open(&small_segments(dir.path())).unwrap();
    let cut = log.opened().cut.clone().expect("a cut");
    assert_eq!(cut.bytes, 22);
    assert_eq!(cut.offset, good_len);
    assert_eq!(cut.file, p.file_name().unwrap().to_str().unwrap());
    assert_eq!(
        log.opened().last_seq,
        last_seq + 1,
        "ChainRecovered took the next seq"
    );
    assert_eq!(log.append(entries(0, 2)).unwrap(), last_seq + 2);
    log.close().unwrap();
    let report = verify(dir.path(), &key()).unwrap();
    assert_eq!(report.last_seq, last_seq + 3);
    let recs: Vec<_> = audit_writer::query(
        dir.path(),
        &audit_writer::Filter {
            kinds: vec![RecordKind::ChainRecovered],
            ..Default::default()
        },
    )
    .collect::<Result<_, _>>()
    .unwrap();
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0].seq, last_seq + 1);
    let detail: serde_json::Value =
        serde_json::from_str(recs[0].detail.as_deref().unwrap()).unwrap();
    assert_eq!(detail["cut_bytes"], 22);
    assert_eq!(detail["file"], cut.file.as_str());
    assert_eq!(detail["why"], "torn last line");
}

#[test]
fn nul_filled_tail_is_cut() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let p = segments(dir.path()).pop().unwrap();
    let mut f = fs::OpenOptions::new().append(true).open(&p).unwrap();
    f.write_all(&[0u8; 100]).unwrap();
    f.write_all(b"\n{\"seq\":1}\n\0\0").unwrap();
    drop(f);
    let log = AuditLog::open(&small_segments(dir.path())).unwrap();
    let cut = log.opened().cut.clone().unwrap();
    assert_eq!(cut.bytes, 100 + 1 + 9 + 1 + 2);
    assert_eq!(cut.why, "NUL bytes after a crash");
    log.close().unwrap();
    verify(dir.path(), &key()).unwrap();
}

#[test]
fn tampered_tail_refuses_to_open() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let p = segments(dir.path()).pop().unwrap();
    let mut ls = lines(&p);
    let n = ls.len();
    let seq = seq_of(&ls[n - 1]);
    ls[n - 1] = ls[n - 1].replace("customer-", "customer-x");
    write_lines(&p, &ls);
    let before = fs::read(&p).unwrap();
    match AuditLog::open(&small_segments(dir.path())) {
        Err(AuditError::Tampered {
            file,
            line,
            seq: s,
            problem,
        }) => {
            assert_eq!(file, p.file_name().unwrap().to_str().unwrap());
            assert_eq!((line, s), (n as u64, Some(seq)));
            assert!(problem.contains("MAC"), "{problem}");
        }
        Err(e) => panic!("wrong error {e}"),
        Ok(_) => panic!("opened a tampered log"),
    }
    assert_eq!(fs::read(&p).unwrap(), before, "nothing was cut or appended");
    // A deleted line in the last segment is refused too.
    let mut ls = lines(&p);
    ls.remove(0);
    ls.pop();
    write_lines(&p, &ls);
    assert!(matches!(
        AuditLog::open(&small_segments(dir.path())),
        Err(AuditError::Tampered { .. })
    ));
}

#[test]
fn crash_without_clean_shutdown_then_reopen() {
    let dir = tempfile::tempdir().unwrap();
    {
        let log = AuditLog::open(&small_segments(dir.path())).unwrap();
        for i in 0..50 {
            log.append(entries(i, 1)).unwrap();
        }
        // Dropped without close(): nothing more than a crash after the last ack.
        std::mem::forget(log);
    }
    let log = AuditLog::open(&small_segments(dir.path())).unwrap();
    assert_eq!(log.opened().last_seq, 50);
    assert_eq!(log.append(entries(50, 1)).unwrap(), 51);
    drop(log);
    assert_eq!(verify(dir.path(), &key()).unwrap().last_seq, 51);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

/// A crash can tear the last segment at any byte: every cut reopens, is
/// repaired (or needed no repair at a line boundary), and then verifies.
#[test]
fn a_tear_at_any_offset_is_repaired() {
    let base = tempfile::tempdir().unwrap();
    build(base.path());
    let last = segments(base.path()).pop().unwrap();
    let name = last.file_name().unwrap().to_owned();
    let len = fs::metadata(&last).unwrap().len();
    let full = verify(base.path(), &key()).unwrap().last_seq;
    let boundaries: Vec<u64> = {
        let bytes = fs::read(&last).unwrap();
        std::iter::once(0)
            .chain(
                bytes
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b == b'\n')
                    .map(|(i, _)| i as u64 + 1),
            )
            .collect()
    };
    for cut_at in (0..len).step_by(37).chain([1, len - 1]) {
        let d = tempfile::tempdir().unwrap();
        copy_dir(base.path(), d.path());
        let f = fs::OpenOptions::new()
            .write(true)
            .open(d.path().join(&name))
            .unwrap();
        f.set_len(cut_at).unwrap();
        drop(f);
        let log = AuditLog::open(&small_segments(d.path())).unwrap();
        let at_boundary = boundaries.contains(&cut_at);
        assert_eq!(log.opened().cut.is_some(), !at_boundary, "cut at {cut_at}");
        let kept = boundaries.iter().filter(|b| **b <= cut_at).count() as u64 - 1;
        let first_in_last = full - (boundaries.len() as u64 - 1) + 1;
        let expect_last = first_in_last - 1 + kept + u64::from(!at_boundary);
        assert_eq!(log.opened().last_seq, expect_last, "cut at {cut_at}");
        log.append(entries(0, 1)).unwrap();
        log.close().unwrap();
        let r = verify(d.path(), &key()).unwrap_or_else(|e| panic!("cut at {cut_at}: {e}"));
        assert_eq!(r.last_seq, expect_last + 1);
    }
}
