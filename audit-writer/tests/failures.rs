//! Write failures: the affected range fails, the files go back to the last
//! durable length, the chain still verifies, and later appends succeed afresh.

mod common;

use std::io::Write;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use audit_writer::{serve, verify, AuditError, AuditLog, IoHook, IoOp, WriterConfig};
use common::*;
use ipc::frame::{encode_into, FrameReader};
use ipc::{FromAudit, ToAudit};

fn hook(f: impl Fn(IoOp, &Path) -> std::io::Result<()> + Send + Sync + 'static) -> Option<IoHook> {
    Some(IoHook(Arc::new(f)))
}

fn os(code: i32) -> std::io::Error {
    std::io::Error::from_raw_os_error(code)
}

#[test]
fn failure_across_rotation_rolls_back_both_segments() {
    let dir = tempfile::tempdir().unwrap();
    let first_seg = dir.path().join(audit_writer::segment::name(1));
    let armed = Arc::new(AtomicBool::new(false));
    let mut c = cfg(dir.path());
    c.segment_bytes = 4096;
    let (a, first) = (armed.clone(), first_seg.clone());
    c.io_hook = hook(move |op, path| {
        // Fail the fsync of the segment created by the rotation.
        if a.load(Ordering::SeqCst) && op == IoOp::Sync && path != first {
            return Err(os(5));
        }
        Ok(())
    });
    let log = AuditLog::open(&c).unwrap();
    log.append(entries(0, 4)).unwrap();
    let len_before = std::fs::metadata(&first_seg).unwrap().len();
    armed.store(true, Ordering::SeqCst);
    let err = log.append(entries(4, 20)).unwrap_err();
    assert!(
        matches!(err, AuditError::Failed(ref m) if m.contains("Input/output")),
        "{err}"
    );
    assert_eq!(
        segments(dir.path()),
        vec![first_seg.clone()],
        "new segment removed"
    );
    assert_eq!(
        std::fs::metadata(&first_seg).unwrap().len(),
        len_before,
        "old segment truncated back"
    );
    assert_eq!(verify(dir.path(), &key()).unwrap().last_seq, 4);
    armed.store(false, Ordering::SeqCst);
    assert_eq!(log.append(entries(4, 20)).unwrap(), 5);
    log.close().unwrap();
    let r = verify(dir.path(), &key()).unwrap();
    assert_eq!((r.last_seq, r.segments > 1), (24, true));
}

#[test]
fn disk_full_on_write_fails_then_retries_afresh() {
    let dir = tempfile::tempdir().unwrap();
    let fails_left = Arc::new(AtomicUsize::new(0));
    let mut c = cfg(dir.path());
    let f = fails_left.clone();
    c.io_hook = hook(move |op, _| {
        if op == IoOp::Write && f.load(Ordering::SeqCst) > 0 {
            f.fetch_sub(1, Ordering::SeqCst);
            return Err(os(28)); // ENOSPC
        }
        Ok(())
    });
    let log = AuditLog::open(&c).unwrap();
    assert_eq!(log.append(entries(0, 3)).unwrap(), 1);
    fails_left.store(2, Ordering::SeqCst);
    for _ in 0..2 {
        let e = log.append(entries(3, 2)).unwrap_err();
        assert!(e.to_string().contains("No space left"), "{e}");
    }
    assert_eq!(
        log.append(entries(3, 2)).unwrap(),
        4,
        "failed records did not consume seqs"
    );
    log.close().unwrap();
    assert_eq!(verify(dir.path(), &key()).unwrap().last_seq, 5);
}

/// Drives `serve` through a socketpair for the read-only cases.
fn serve_pair(
    c: WriterConfig,
) -> (
    UnixStream,
    FrameReader<UnixStream>,
    std::thread::JoinHandle<Result<(), AuditError>>,
) {
    let (ours, theirs) = UnixStream::pair().unwrap();
    let h = std::thread::spawn(move || serve(theirs, c));
    let rx = FrameReader::new(ours.try_clone().unwrap());
    (ours, rx, h)
}

fn send(tx: &mut UnixStream, m: &ToAudit) {
    let mut buf = Vec::new();
    encode_into(m, &mut buf).unwrap();
    tx.write_all(&buf).unwrap();
}

fn recv(rx: &mut FrameReader<UnixStream>) -> FromAudit {
    rx.read::<FromAudit>().unwrap().unwrap()
}

/// Read-only directory, simulated (root ignores permission bits): the log opens
/// degraded, says Hello, answers Failed, and heals when the disk is writable.
#[test]
fn read_only_dir_answers_failed_until_writable() {
    let dir = tempfile::tempdir().unwrap();
    let log = AuditLog::open(&cfg(dir.path())).unwrap();
    log.append(entries(0, 5)).unwrap();
    log.close().unwrap();
    let ro = Arc::new(AtomicBool::new(true));
    let mut c = cfg(dir.path());
    let r = ro.clone();
    c.io_hook = hook(move |op, _| {
        if r.load(Ordering::SeqCst) && op != IoOp::Sync {
            return Err(os(30)); // EROFS
        }
        Ok(())
    });
    let (mut tx, mut rx, h) = serve_pair(c);
    assert!(matches!(
        recv(&mut rx),
        FromAudit::Hello { last_seq: 5, .. }
    ));
    send(
        &mut tx,
        &ToAudit::Append {
            first_cid: 10,
            entries: entries(5, 2),
        },
    );
    match recv(&mut rx) {
        FromAudit::Failed {
            first_cid: 10,
            last_cid: 11,
            error,
        } => {
            assert!(error.contains("Read-only"), "{error}")
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(verify(dir.path(), &key()).unwrap().last_seq, 5);
    ro.store(false, Ordering::SeqCst);
    send(
        &mut tx,
        &ToAudit::Append {
            first_cid: 12,
            entries: entries(5, 2),
        },
    );
    assert_eq!(
        recv(&mut rx),
        FromAudit::Committed {
            first_cid: 12,
            last_cid: 13,
            first_seq: 6
        }
    );
    send(&mut tx, &ToAudit::Shutdown);
    h.join().unwrap().unwrap();
    assert_eq!(verify(dir.path(), &key()).unwrap().last_seq, 7);
}

/// A small tmpfs mounted for one test (root only; the test is skipped, loudly,
/// where mounting is not allowed).
struct Tmpfs {
    _holder: tempfile::TempDir,
    path: PathBuf,
}

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        let holder = tempfile::tempdir().ok()?;
        let path = holder.path().join("mnt");
        std::fs::create_dir(&path).ok()?;
        let ok = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(&path)
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        if !ok {
            eprintln!("SKIPPED: cannot mount a tmpfs here (needs root / CAP_SYS_ADMIN)");
            return None;
        }
        Some(Tmpfs {
            _holder: holder,
            path,
        })
    }

    fn remount(&self, opts: &str) {
        let st = Command::new("mount")
            .args(["-o", &format!("remount,{opts}")])
            .arg(&self.path)
            .status()
            .unwrap();
        assert!(st.success(), "remount {opts}");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.path).status();
    }
}

/// A real full disk (ENOSPC from the kernel, possibly after a partial write).
#[test]
fn real_full_tmpfs_fails_and_chain_verifies() {
    let Some(fs) = Tmpfs::mount("64k") else {
        return;
    };
    let dir = fs.path.join("audit");
    let log = AuditLog::open(&cfg(&dir)).unwrap();
    let mut ok = 0u64;
    let err = loop {
        match log.append(entries(ok, 3)) {
            Ok(seq) => {
                assert_eq!(seq, ok + 1);
                ok += 3;
                assert!(ok < 100_000, "tmpfs never filled up");
            }
            Err(e) => break e,
        }
    };
    assert!(err.to_string().contains("No space left"), "{err}");
    assert!(ok > 0);
    // The partial group is gone; everything acknowledged is there and verifies.
    assert_eq!(verify(&dir, &key()).unwrap().last_seq, ok);
    // Space comes back: the writer keeps serving, same chain.
    fs.remount("size=4m");
    assert_eq!(log.append(entries(ok, 3)).unwrap(), ok + 1);
    log.close().unwrap();
    assert_eq!(verify(&dir, &key()).unwrap().last_seq, ok + 3);
}

/// A really read-only file system: the audit process still starts and answers
/// Failed, then Committed once it is writable again.
#[test]
fn real_read_only_mount_answers_failed() {
    let Some(fs) = Tmpfs::mount("1m") else { return };
    let dir = fs.path.join("audit");
    let log = AuditLog::open(&cfg(&dir)).unwrap();
    log.append(entries(0, 4)).unwrap();
    log.close().unwrap();
    fs.remount("ro");
    let (mut tx, mut rx, h) = serve_pair(cfg(&dir));
    assert!(matches!(
        recv(&mut rx),
        FromAudit::Hello { last_seq: 4, .. }
    ));
    send(
        &mut tx,
        &ToAudit::Append {
            first_cid: 1,
            entries: entries(4, 1),
        },
    );
    match recv(&mut rx) {
        FromAudit::Failed {
            first_cid: 1,
            last_cid: 1,
            error,
        } => assert!(error.contains("Read-only"), "{error}"),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(verify(&dir, &key()).unwrap().last_seq, 4);
    fs.remount("rw");
    send(
        &mut tx,
        &ToAudit::Append {
            first_cid: 2,
            entries: entries(4, 1),
        },
    );
    assert_eq!(
        recv(&mut rx),
        FromAudit::Committed {
            first_cid: 2,
            last_cid: 2,
            first_seq: 5
        }
    );
    send(&mut tx, &ToAudit::Shutdown);
    h.join().unwrap().unwrap();
    drop(tx);
    assert_eq!(verify(&dir, &key()).unwrap().last_seq, 5);
}

/// A rotation whose directory fsync fails leaves no empty segment behind that
/// could later contradict the chain (the retried record fits the old segment).
#[test]
fn failed_rotation_leaves_no_stray_segment() {
    let dir = tempfile::tempdir().unwrap();
    let armed = Arc::new(AtomicBool::new(false));
    let mut c = cfg(dir.path());
    c.segment_bytes = 4096;
    let a = armed.clone();
    c.io_hook = hook(move |op, _| {
        if a.load(Ordering::SeqCst) && op == IoOp::SyncDir {
            return Err(os(5));
        }
        Ok(())
    });
    let log = AuditLog::open(&c).unwrap();
    log.append(entries(1, 5)).unwrap();
    let mut big = entries(6, 1);
    big[0].text = Some("x".repeat(3000));
    armed.store(true, Ordering::SeqCst);
    assert!(log.append(big).is_err());
    assert_eq!(segments(dir.path()).len(), 1);
    armed.store(false, Ordering::SeqCst);
    // A small record still fits the old segment: seq 6 lands there.
    assert_eq!(log.append(entries(6, 1)).unwrap(), 6);
    log.close().unwrap();
    let log = AuditLog::open(&c).unwrap();
    assert_eq!(log.opened().last_seq, 6);
    log.close().unwrap();
    assert_eq!(verify(dir.path(), &key()).unwrap().last_seq, 6);
}
