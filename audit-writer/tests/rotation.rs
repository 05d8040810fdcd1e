//! Key rotation keeps one verifiable chain: rotate, reopen, verify across;
//! a missing retired key refuses to open; records sealed with the wrong key
//! (unknown, retired, or a mismatching MAC) are named.

mod common;

use std::path::Path;

use audit_writer::{verify, AuditError, AuditLog, Filter, Key, Keyring, VerifyError, WriterConfig};
use common::*;
use hmac::{Hmac, KeyInit, Mac};
use ipc::RecordKind;

const A: [u8; 32] = [0xa1; 32];
const B: [u8; 32] = [0xb2; 32];
const C: [u8; 32] = [0xc3; 32];

fn k(bytes: [u8; 32]) -> Key {
    Key::from_bytes(bytes.to_vec()).unwrap()
}

fn config(dir: &Path, current: [u8; 32], retired: &[[u8; 32]]) -> WriterConfig {
    let mut c = WriterConfig::new(dir, k(current));
    c.retired_keys = retired.iter().map(|b| k(*b)).collect();
    c.segment_bytes = 4096;
    c
}

/// Appends `n` records in groups of 3; returns the new last seq.
fn write(dir: &Path, cfg: &WriterConfig, from: u64, n: u64) -> u64 {
    let log = AuditLog::open(cfg).unwrap();
    let mut next = log.opened().last_seq;
    let mut i = from;
    while i < from + n {
        let m = 3.min(from + n - i);
        log.append(entries(i, m)).unwrap();
        i += m;
        next += m;
    }
    log.close().unwrap();
    let _ = dir;
    next
}

fn rotated(dir: &Path) -> Vec<audit_writer::Record> {
    let f = Filter {
        kinds: vec![RecordKind::KeyRotated],
        ..Filter::default()
    };
    audit_writer::query(dir, &f).map(|r| r.unwrap()).collect()
}

/// A: 40 records; B (A retired): 10 more; B alone: 10 more.
fn rotated_log(dir: &Path) -> u64 {
    let a_last = write(dir, &config(dir, A, &[]), 0, 40);
    assert_eq!(a_last, 40);
    let log = AuditLog::open(&config(dir, B, &[A])).unwrap();
    assert_eq!(log.opened().rotated_from.as_deref(), Some(k(A).id()));
    assert_eq!(
        log.opened().last_seq,
        41,
        "the KeyRotated record is durable at open"
    );
    log.close().unwrap();
    let last = write(dir, &config(dir, B, &[A]), 40, 10);
    // Once rotated, the retired key is no longer needed to continue the chain.
    let log = AuditLog::open(&config(dir, B, &[])).unwrap();
    assert_eq!(log.opened().rotated_from, None);
    log.close().unwrap();
    write(dir, &config(dir, B, &[]), 50, 10).max(last)
}

#[test]
fn rotate_reopen_and_verify_across() {
    let dir = tempfile::tempdir().unwrap();
    let last = rotated_log(dir.path());
    assert_eq!(last, 61);

    let ring = Keyring::new(k(B)).with_retired([k(A)]);
    let r = verify(dir.path(), &ring).unwrap();
    assert_eq!((r.records, r.last_seq), (61, 61));
    assert_eq!(
        r.key_ids,
        vec![k(A).id().to_string(), k(B).id().to_string()]
    );
    assert_eq!(r.key_id, k(B).id());

    // One KeyRotated record, sealed with the new key, chained to the old last
    // MAC, first in its segment.
    let rot = rotated(dir.path());
    assert_eq!(rot.len(), 1);
    let rec = &rot[0];
    assert_eq!(rec.seq, 41);
    assert_eq!(rec.key_id, k(B).id());
    let want = format!("from {} to {}", k(A).id(), k(B).id());
    assert_eq!(rec.detail.as_deref(), Some(want.as_str()));
    let segs = audit_writer::segment::list(dir.path()).unwrap();
    let seg = segs
        .iter()
        .find(|s| s.first_seq == 41)
        .expect("segment at 41");
    assert!(lines(&seg.path)[0].contains("\"kind\":\"KeyRotated\""));
    let before: Vec<_> = audit_writer::query(dir.path(), &Filter::default())
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(before[39].seq, 40);
    assert_eq!(rec.prev, before[39].mac);
    assert!(before[..40].iter().all(|r| r.key_id == k(A).id()));
    assert!(before[40..].iter().all(|r| r.key_id == k(B).id()));

    // Without the retired key, verify names the key id it lacks.
    match verify(dir.path(), &k(B)) {
        Err(VerifyError::Bad(b)) => {
            assert_eq!((b.line, b.seq), (1, Some(1)));
            assert!(b.problem.contains(k(A).id()), "{b:?}");
        }
        other => panic!("{other:?}"),
    }
    // With only the old key, verify stops at the rotation, naming the new key.
    match verify(dir.path(), &k(A)) {
        Err(VerifyError::Bad(b)) => {
            assert_eq!(b.seq, Some(41));
            assert!(b.problem.contains(k(B).id()), "{b:?}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn missing_retired_key_refuses_to_open_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &config(dir.path(), A, &[]), 0, 12);
    let before = verify(dir.path(), &k(A)).unwrap();
    match AuditLog::open(&config(dir.path(), B, &[C])) {
        Err(e @ AuditError::MissingKey { .. }) => {
            let msg = e.to_string();
            assert!(msg.contains(k(A).id()), "names the missing key: {msg}");
            assert!(msg.contains(k(B).id()), "names the current key: {msg}");
        }
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("opened without the retired key"),
    }
    assert_eq!(verify(dir.path(), &k(A)).unwrap(), before);
    assert!(rotated(dir.path()).is_empty());
}

#[test]
fn rotation_with_a_torn_tail_records_both_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &config(dir.path(), A, &[]), 0, 7);
    let last = audit_writer::segment::list(dir.path())
        .unwrap()
        .pop()
        .unwrap();
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&last.path)
        .unwrap();
    std::io::Write::write_all(&mut f, b"{\"seq\":8,\"ts\":\"20").unwrap();
    drop(f);
    let log = AuditLog::open(&config(dir.path(), B, &[A])).unwrap();
    assert!(log.opened().cut.is_some());
    log.append(entries(7, 2)).unwrap();
    log.close().unwrap();
    let kinds: Vec<RecordKind> = audit_writer::query(dir.path(), &Filter::default())
        .map(|r| r.unwrap().kind)
        .skip(7)
        .take(2)
        .collect();
    assert_eq!(kinds, [RecordKind::KeyRotated, RecordKind::ChainRecovered]);
    let ring = Keyring::new(k(B)).with_retired([k(A)]);
    assert_eq!(verify(dir.path(), &ring).unwrap().last_seq, 11);
}

/// Re-seals `line` with `key` after `edit`, as someone holding that key could.
fn reseal(line: &str, key: &[u8], edit: impl Fn(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
    edit(&mut v);
    let zero = "0".repeat(64);
    v["mac"] = zero.clone().into();
    let rec: audit_writer::Record = serde_json::from_value(v).unwrap();
    let text = serde_json::to_string(&rec).unwrap();
    let body = text
        .strip_suffix(&format!(",\"mac\":\"{zero}\"}}"))
        .unwrap();
    let prev: Vec<u8> = (0..64)
        .step_by(2)
        .map(|i| u8::from_str_radix(&rec.prev[i..i + 2], 16).unwrap())
        .collect();
    let mut m = Hmac::<sha2::Sha256>::new_from_slice(key).unwrap();
    m.update(&prev);
    m.update(body.as_bytes());
    m.update(b"}");
    let mac: String = m
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{body},\"mac\":\"{mac}\"}}")
}

/// Replaces the record with `seq` by `f(line)`; returns its segment.
fn replace(dir: &Path, seq: u64, f: impl Fn(&str) -> String) -> std::path::PathBuf {
    for s in audit_writer::segment::list(dir).unwrap() {
        let mut ls = lines(&s.path);
        if let Some(i) = ls
            .iter()
            .position(|l| l.starts_with(&format!("{{\"seq\":{seq},")))
        {
            ls[i] = f(&ls[i]);
            write_lines(&s.path, &ls);
            return s.path;
        }
    }
    panic!("seq {seq} not found");
}

fn expect_bad(dir: &Path, keys: &Keyring, seq: u64, what: &str) {
    match verify(dir, keys) {
        Err(VerifyError::Bad(b)) => {
            assert_eq!(b.seq, Some(seq), "{b:?}");
            assert!(b.problem.contains(what), "{what:?} not in {b:?}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn records_resealed_with_the_wrong_key_are_caught() {
    let ring = Keyring::new(k(B)).with_retired([k(A)]);
    let setup = || {
        let dir = tempfile::tempdir().unwrap();
        rotated_log(dir.path());
        let sanity = reseal(
            &lines(&audit_writer::segment::list(dir.path()).unwrap()[0].path)[0],
            &A,
            |_| {},
        );
        assert_eq!(
            sanity,
            lines(&audit_writer::segment::list(dir.path()).unwrap()[0].path)[0],
            "the test's sealing matches the writer's"
        );
        dir
    };

    // After the rotation, a retired-key holder re-seals a record under the old key.
    let dir = setup();
    let a_id = k(A).id().to_string();
    let forge = |l: &str| {
        reseal(l, &A, |v| {
            v["is_pass"] = true.into();
            v["key_id"] = a_id.clone().into();
        })
    };
    replace(dir.path(), 45, forge);
    expect_bad(dir.path(), &ring, 45, "without a KeyRotated record");
    // Recovery refuses to extend such a tail as well.
    let dir = setup();
    replace(dir.path(), 61, forge);
    expect_bad(dir.path(), &ring, 61, "without a KeyRotated record");
    match AuditLog::open(&config(dir.path(), B, &[A])) {
        Err(AuditError::Tampered { seq, problem, .. }) => {
            assert_eq!(seq, Some(61));
            assert!(problem.contains("KeyRotated"), "{problem}");
        }
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("opened a forged chain"),
    }

    // Re-sealed with a key nobody supplied: the unknown key id is named.
    let dir = setup();
    let c_id = k(C).id().to_string();
    replace(dir.path(), 50, |l| {
        reseal(l, &C, |v| v["key_id"] = c_id.clone().into())
    });
    expect_bad(dir.path(), &ring, 50, &c_id);

    // Re-sealed with the retired key but still claiming the current one: MAC mismatch.
    let dir = setup();
    replace(dir.path(), 52, |l| reseal(l, &A, |_| {}));
    expect_bad(dir.path(), &ring, 52, "MAC mismatch");

    // A forged rotation back to the retired key, appended at the end.
    let dir = setup();
    let segs = audit_writer::segment::list(dir.path()).unwrap();
    let tail = &segs.last().unwrap().path;
    let mut ls = lines(tail);
    let last: audit_writer::Record = serde_json::from_str(ls.last().unwrap()).unwrap();
    let forged = reseal(ls.last().unwrap(), &A, |v| {
        v["seq"] = (last.seq + 1).into();
        v["kind"] = "KeyRotated".into();
        v["detail"] = format!("from {} to {}", k(B).id(), k(A).id()).into();
        v["key_id"] = a_id.clone().into();
        v["prev"] = last.mac.clone().into();
    });
    ls.push(forged);
    write_lines(tail, &ls);
    expect_bad(dir.path(), &ring, last.seq + 1, "already moved off");
}

#[test]
fn a_retired_key_is_not_reused_as_the_current_key() {
    let dir = tempfile::tempdir().unwrap();
    rotated_log(dir.path());
    let before = verify(dir.path(), &Keyring::new(k(B)).with_retired([k(A)])).unwrap();
    // B -> C is fine; then going back to B (or A) is refused at open.
    let log = AuditLog::open(&config(dir.path(), C, &[B])).unwrap();
    assert_eq!(log.opened().rotated_from.as_deref(), Some(k(B).id()));
    log.close().unwrap();
    match AuditLog::open(&config(dir.path(), B, &[C])) {
        Err(e @ AuditError::KeyReused { .. }) => assert!(e.to_string().contains(k(B).id())),
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("reused a retired key"),
    }
    let ring = Keyring::new(k(C)).with_retired([k(A), k(B)]);
    let r = verify(dir.path(), &ring).unwrap();
    assert_eq!(r.last_seq, before.last_seq + 1);
    assert_eq!(r.key_ids.len(), 3);
}
