//! Tests that need a process of their own: the stall watchdog exits the process,
//! and a writer killed with SIGKILL mid-stream leaves a log that reopens and
//! verifies. The test binary re-runs itself with an environment variable set.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use audit_writer::{serve, verify, AuditLog, IoHook, IoOp, EXIT_STALLED};
use common::*;
use ipc::frame::{encode_into, FrameReader};
use ipc::{FromAudit, ToAudit};

const ROLE: &str = "AUDIT_WRITER_TEST_CHILD";

fn rerun(test: &str, dir: &std::path::Path) -> Command {
    let mut c = Command::new(std::env::current_exe().unwrap());
    c.args(["--exact", test, "--nocapture", "--test-threads=1"])
        .env(ROLE, test)
        .env("AUDIT_DIR", dir);
    c
}

fn child_role() -> Option<(String, std::path::PathBuf)> {
    let role = std::env::var(ROLE).ok()?;
    Some((role, std::env::var_os("AUDIT_DIR")?.into()))
}

#[test]
fn stalled_disk_exits_the_process() {
    if let Some((role, dir)) = child_role() {
        if role != "stalled_disk_exits_the_process" {
            return;
        }
        let mut c = cfg(&dir);
        c.stall_limit = Duration::from_millis(200);
        c.io_hook = Some(IoHook(Arc::new(|op, _| {
            if op == IoOp::Sync {
                std::thread::sleep(Duration::from_secs(30)); // a hung disk
            }
            Ok(())
        })));
        let (mut ours, theirs) = UnixStream::pair().unwrap();
        let mut buf = Vec::new();
        encode_into(
            &ToAudit::Append {
                first_cid: 1,
                entries: entries(0, 1),
            },
            &mut buf,
        )
        .unwrap();
        ours.write_all(&buf).unwrap();
        let _ = serve(theirs, c);
        // Reaching this line means the watchdog did not fire.
        std::process::exit(0);
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Instant::now();
    let status = rerun("stalled_disk_exits_the_process", dir.path())
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(EXIT_STALLED));
    assert!(
        t.elapsed() < Duration::from_secs(10),
        "exited within a few stall periods"
    );
}

#[test]
fn killed_writer_leaves_a_log_that_reopens_and_verifies() {
    if let Some((role, dir)) = child_role() {
        if role != "killed_writer_leaves_a_log_that_reopens_and_verifies" {
            return;
        }
        let mut c = cfg(&dir);
        c.segment_bytes = 8192;
        let log = AuditLog::open(&c).unwrap();
        let mut out = std::io::stdout();
        for i in 0.. {
            let seq = log.append(entries(i * 3, 3)).unwrap();
            // Acknowledged: report the highest durable seq.
            writeln!(out, "acked {}", seq + 2).unwrap();
            out.flush().unwrap();
        }
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut child = rerun(
        "killed_writer_leaves_a_log_that_reopens_and_verifies",
        dir.path(),
    )
    .stdout(Stdio::piped())
    .spawn()
    .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut acked = 0u64;
    while acked < 300 {
        let l = lines.next().unwrap().unwrap();
        if let Some(n) = l.strip_prefix("acked ") {
            acked = n.parse().unwrap();
        }
    }
    child.kill().unwrap(); // SIGKILL, mid-stream
    child.wait().unwrap();
    // Reopen (recovers any torn tail), then the whole directory verifies and
    // every acknowledged record is there.
    let log = AuditLog::open(&cfg(dir.path())).unwrap();
    let last = log.opened().last_seq;
    assert!(last >= acked, "acked {acked} but only {last} on disk");
    log.append(entries(0, 1)).unwrap();
    log.close().unwrap();
    let r = verify(dir.path(), &key()).unwrap();
    assert!(r.last_seq > acked && r.segments > 1, "{r:?}");
}

#[test]
fn serve_child_reads_its_socket_until_eof() {
    // serve() in a real child process is the lead's binary; here the in-process
    // socketpair is enough to show EOF ends it with Ok and replies were flushed.
    if child_role().is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (mut ours, theirs) = UnixStream::pair().unwrap();
    let c = cfg(dir.path());
    let h = std::thread::spawn(move || serve(theirs, c));
    let mut rx = FrameReader::new(ours.try_clone().unwrap());
    assert!(matches!(
        rx.read::<FromAudit>().unwrap(),
        Some(FromAudit::Hello { .. })
    ));
    let mut buf = Vec::new();
    for i in 0..10 {
        encode_into(
            &ToAudit::Append {
                first_cid: i,
                entries: entries(i, 1),
            },
            &mut buf,
        )
        .unwrap();
    }
    ours.write_all(&buf).unwrap();
    ours.shutdown(std::net::Shutdown::Write).unwrap();
    let mut got = 0;
    while let Some(m) = rx.read::<FromAudit>().unwrap() {
        if let FromAudit::Committed {
            first_cid,
            last_cid,
            ..
        } = m
        {
            got += last_cid - first_cid + 1;
        }
    }
    assert_eq!(got, 10, "appends sent before EOF are written and answered");
    h.join().unwrap().unwrap();
    assert_eq!(verify(dir.path(), &key()).unwrap().last_seq, 10);
}
