//! `serve()` driven through a real socketpair, the way the supervisor drives it.

mod common;

use std::io::Write;
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use audit_writer::{serve, verify, AuditError, IoHook, IoOp, WriterConfig};
use common::*;
use ipc::frame::{encode_into, FrameReader};
use ipc::{FromAudit, Role, ToAudit, PROTO_VERSION};

struct Peer {
    tx: UnixStream,
    rx: FrameReader<UnixStream>,
    child: Option<JoinHandle<Result<(), AuditError>>>,
}

impl Peer {
    fn start(cfg: WriterConfig) -> Peer {
        let (ours, theirs) = UnixStream::pair().unwrap();
        let child = std::thread::spawn(move || serve(theirs, cfg));
        ours.set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        Peer {
            rx: FrameReader::new(ours.try_clone().unwrap()),
            tx: ours,
            child: Some(child),
        }
    }

    fn send(&mut self, msgs: &[ToAudit]) {
        let mut buf = Vec::new();
        for m in msgs {
            encode_into(m, &mut buf).unwrap();
        }
        self.tx.write_all(&buf).unwrap();
    }

    fn recv(&mut self) -> FromAudit {
        self.rx.read::<FromAudit>().unwrap().expect("a reply")
    }

    fn hello(&mut self) -> u64 {
        match self.recv() {
            FromAudit::Hello {
                proto,
                role,
                pid,
                last_seq,
            } => {
                assert_eq!(proto, PROTO_VERSION);
                assert_eq!(role, Role::Audit);
                assert_eq!(pid, std::process::id());
                last_seq
            }
            other => panic!("expected Hello, got {other:?}"),
        }
    }

    fn finish(mut self) -> Result<(), AuditError> {
        self.child.take().unwrap().join().unwrap()
    }
}

fn append(first_cid: u64, from: u64, n: u64) -> ToAudit {
    ToAudit::Append {
        first_cid,
        entries: entries(from, n),
    }
}

#[test]
fn hello_append_committed_ping_shutdown_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Peer::start(cfg(dir.path()));
    assert_eq!(p.hello(), 0);
    p.send(&[append(100, 0, 3)]);
    assert_eq!(
        p.recv(),
        FromAudit::Committed {
            first_cid: 100,
            last_cid: 102,
            first_seq: 1
        }
    );

    // Pipelined appends: every cid is acknowledged exactly once, in order, with
    // consecutive seqs, possibly merged into fewer replies.
    let msgs: Vec<ToAudit> = (0..200).map(|i| append(200 + i, i, 1)).collect();
    p.send(&msgs);
    let mut next_cid = 200;
    let mut replies = 0;
    while next_cid < 400 {
        match p.recv() {
            FromAudit::Committed {
                first_cid,
                last_cid,
                first_seq,
            } => {
                assert_eq!(first_cid, next_cid);
                assert_eq!(first_seq, 4 + (first_cid - 200));
                assert!(last_cid >= first_cid);
                next_cid = last_cid + 1;
                replies += 1;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(next_cid, 400);
    eprintln!("200 pipelined appends acknowledged in {replies} replies");

    p.send(&[ToAudit::Ping { nonce: 9 }]);
    match p.recv() {
        FromAudit::Pong { nonce, stats } => {
            assert_eq!(nonce, 9);
            assert_eq!(stats.evaluated, 203);
            assert_eq!(stats.faults, 0);
            assert!(
                stats.p50_us > 0 && stats.p99_us >= stats.p50_us,
                "{stats:?}"
            );
            assert!(stats.rss_kib > 0);
        }
        other => panic!("unexpected {other:?}"),
    }
    // Appends queued before Shutdown are still written and answered.
    p.send(&[append(400, 500, 2), ToAudit::Shutdown]);
    assert_eq!(
        p.recv(),
        FromAudit::Committed {
            first_cid: 400,
            last_cid: 401,
            first_seq: 204
        }
    );
    assert!(
        p.rx.read::<FromAudit>().unwrap().is_none(),
        "socket closed after shutdown"
    );
    p.finish().unwrap();
    assert_eq!(verify(dir.path(), &key()).unwrap().last_seq, 205);

    // A restarted audit process continues the seq.
    let mut p = Peer::start(cfg(dir.path()));
    assert_eq!(p.hello(), 205);
    p.send(&[append(1, 0, 1)]);
    assert_eq!(
        p.recv(),
        FromAudit::Committed {
            first_cid: 1,
            last_cid: 1,
            first_seq: 206
        }
    );
    p.send(&[ToAudit::Shutdown]);
    p.finish().unwrap();
}

#[test]
fn eof_returns_promptly() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Peer::start(cfg(dir.path()));
    p.hello();
    p.send(&[append(1, 0, 1)]);
    let t = Instant::now();
    let Peer { tx, rx, child } = p;
    drop(tx);
    drop(rx);
    child.unwrap().join().unwrap().unwrap();
    assert!(t.elapsed() < Duration::from_secs(2));
    verify(dir.path(), &key()).unwrap();
}

#[test]
fn write_failure_answers_failed_and_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let fail = Arc::new(AtomicBool::new(false));
    let mut c = cfg(dir.path());
    let f = fail.clone();
    c.io_hook = Some(IoHook(Arc::new(move |op, _| {
        if op == IoOp::Sync && f.load(Ordering::SeqCst) {
            Err(std::io::Error::from_raw_os_error(5)) // EIO
        } else {
            Ok(())
        }
    })));
    let mut p = Peer::start(c);
    p.hello();
    p.send(&[append(1, 0, 2)]);
    assert!(matches!(
        p.recv(),
        FromAudit::Committed { first_seq: 1, .. }
    ));
    fail.store(true, Ordering::SeqCst);
    p.send(&[append(3, 2, 4)]);
    match p.recv() {
        FromAudit::Failed {
            first_cid,
            last_cid,
            error,
        } => {
            assert_eq!((first_cid, last_cid), (3, 6));
            assert!(error.contains("Input/output error"), "{error}");
        }
        other => panic!("unexpected {other:?}"),
    }
    // The failed records are gone from disk; the chain verifies.
    assert_eq!(verify(dir.path(), &key()).unwrap().last_seq, 2);
    fail.store(false, Ordering::SeqCst);
    p.send(&[append(7, 6, 1)]);
    assert_eq!(
        p.recv(),
        FromAudit::Committed {
            first_cid: 7,
            last_cid: 7,
            first_seq: 3
        }
    );
    p.send(&[ToAudit::Ping { nonce: 1 }]);
    match p.recv() {
        FromAudit::Pong { stats, .. } => assert_eq!((stats.evaluated, stats.faults), (3, 4)),
        other => panic!("unexpected {other:?}"),
    }
    p.send(&[ToAudit::Shutdown]);
    p.finish().unwrap();
    assert_eq!(verify(dir.path(), &key()).unwrap().last_seq, 3);
}

#[test]
fn tampered_log_refuses_to_serve() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Peer::start(cfg(dir.path()));
    p.hello();
    p.send(&[append(1, 0, 3), ToAudit::Shutdown]);
    p.recv();
    p.finish().unwrap();
    let seg = segments(dir.path()).pop().unwrap();
    let mut ls = lines(&seg);
    ls[1] = ls[1].replace("\"is_pass\":false", "\"is_pass\":true");
    write_lines(&seg, &ls);
    let p = Peer::start(cfg(dir.path()));
    let err = p.finish().unwrap_err();
    assert!(
        matches!(
            err,
            AuditError::Tampered {
                line: 2,
                seq: Some(2),
                ..
            }
        ),
        "{err}"
    );
}
