//! Query filters and the follower.

mod common;

use std::time::Duration;

use audit_writer::{follow, query, AuditLog, Filter, FollowFrom, Record};
use common::*;
use ipc::RecordKind;

fn all(dir: &std::path::Path, f: &Filter) -> Vec<Record> {
    query(dir, f).collect::<Result<Vec<_>, _>>().unwrap()
}

#[test]
fn filters_by_tenant_kind_and_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = cfg(dir.path());
    c.segment_bytes = 2048;
    let log = AuditLog::open(&c).unwrap();
    log.append(entries(0, 40)).unwrap();
    log.close().unwrap();

    let every = all(dir.path(), &Filter::default());
    assert_eq!(every.len(), 40);
    assert!(every.windows(2).all(|w| w[1].seq == w[0].seq + 1));

    let a = all(
        dir.path(),
        &Filter {
            tenant: Some("customer-a".into()),
            ..Default::default()
        },
    );
    assert_eq!(a.len(), 20);
    assert!(a.iter().all(|r| r.tenant.as_deref() == Some("customer-a")));

    let kinds = vec![RecordKind::DiagnosticAgreement, RecordKind::Block];
    let k = all(
        dir.path(),
        &Filter {
            kinds: kinds.clone(),
            ..Default::default()
        },
    );
    assert_eq!(k.len(), 20);
    assert!(k.iter().all(|r| kinds.contains(&r.kind)));

    // entry(i) is at base + i seconds: [since, until) picks i in 10..15.
    let base = 1_795_610_461_000u64;
    let t = all(
        dir.path(),
        &Filter {
            since_ms: Some(base + 10_000),
            until_ms: Some(base + 15_000),
            ..Default::default()
        },
    );
    assert_eq!(
        t.iter().map(|r| r.seq).collect::<Vec<_>>(),
        vec![11, 12, 13, 14, 15]
    );

    let none = all(
        dir.path(),
        &Filter {
            tenant: Some("nobody".into()),
            ..Default::default()
        },
    );
    assert!(none.is_empty());
    // Records are plain serde values: usable as JSON again.
    let j = serde_json::to_value(&every[0]).unwrap();
    assert_eq!(j["seq"], 1);
}

#[test]
fn query_reports_a_garbled_line_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let log = AuditLog::open(&cfg(dir.path())).unwrap();
    log.append(entries(0, 3)).unwrap();
    log.close().unwrap();
    let p = segments(dir.path())[0].clone();
    let mut ls = lines(&p);
    ls[1] = "not json".into();
    write_lines(&p, &ls);
    let items: Vec<_> = query(dir.path(), &Filter::default()).collect();
    assert_eq!(items.len(), 3);
    assert!(items[0].is_ok() && items[1].is_err() && items[2].is_ok());
    assert!(items[1].as_ref().unwrap_err().to_string().contains(":2:"));
}

#[test]
fn follower_sees_new_records_across_rotation() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = cfg(dir.path());
    c.segment_bytes = 2048;
    let log = AuditLog::open(&c).unwrap();
    log.append(entries(0, 5)).unwrap();

    let mut from_end = follow(dir.path(), &Filter::default(), FollowFrom::End);
    let mut from_start = follow(dir.path(), &Filter::default(), FollowFrom::Start);
    let mut only_b = follow(
        dir.path(),
        &Filter {
            tenant: Some("customer-b".into()),
            ..Default::default()
        },
        FollowFrom::Seq(3),
    );
    assert!(from_end.poll().unwrap().is_empty());
    assert_eq!(from_start.poll().unwrap().len(), 5);

    let writer = std::thread::spawn(move || {
        for i in 5..30 {
            log.append(entries(i, 1)).unwrap();
        }
        log.close().unwrap();
    });
    let mut got = Vec::new();
    while got.len() < 25 {
        got.extend(
            from_end
                .wait(Duration::from_secs(5))
                .unwrap()
                .into_iter()
                .map(|r| r.seq),
        );
    }
    writer.join().unwrap();
    assert_eq!(got, (6..=30).collect::<Vec<_>>());
    assert!(segments(dir.path()).len() > 2);
    assert_eq!(from_start.poll().unwrap().len(), 25);
    let b: Vec<u64> = only_b.poll().unwrap().into_iter().map(|r| r.seq).collect();
    // customer-b records are the odd entries (even seqs), from seq 3 on.
    assert_eq!(b, (4..=30).step_by(2).collect::<Vec<_>>());
    assert!(from_end.poll().unwrap().is_empty());
}
