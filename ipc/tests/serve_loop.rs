//! The channel serve loop over a real socket pair: start-up while the tables
//! build, arrival order, batching, faults, shutdown.

use std::io::Write;
use std::os::unix::net::UnixStream;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use ipc::channel::{serve_with, Channel, Outcome, ServeConfig, ServeError};
use ipc::frame::{encode_into, FrameReader};
use ipc::{Decision, EvalRequest, FromChannel, PolicySnapshot, Role, ToChannel};

/// Passes prompts that start with "ok", blocks the rest, panics on "boom".
struct Toy;

impl Channel for Toy {
    fn role(&self) -> Role {
        Role::ChannelA
    }
    fn load_policy(&mut self, policy: &PolicySnapshot) -> Result<(), String> {
        if policy.tenants.is_empty() {
            Err("no tenants".into())
        } else {
            Ok(())
        }
    }
    fn evaluate(&mut self, _tenant: usize, req: &EvalRequest) -> Outcome {
        if req.prompt == "boom" {
            panic!("toy channel asked to panic");
        }
        if req.prompt.starts_with("ok") {
            Outcome::pass(None)
        } else {
            Outcome::block("Toy")
        }
    }
}

/// A deadline no evaluation here comes near, even a panic whose backtrace is
/// printed on a loaded machine: a stuck-evaluation verdict would exit the whole
/// test process (the watchdog has its own tests).
fn relaxed() -> ServeConfig {
    ServeConfig {
        deadline: Duration::from_secs(30),
        ..ServeConfig::default()
    }
}

struct Child {
    to: UnixStream,
    from: FrameReader<UnixStream>,
    serving: JoinHandle<Result<(), ServeError>>,
}

/// Starts the loop; the channel's "tables" are built once `release` fires (or
/// at once when it is None).
fn start(release: Option<mpsc::Receiver<()>>) -> Child {
    let (ours, theirs) = UnixStream::pair().expect("socketpair");
    ours.set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    let serving = std::thread::spawn(move || {
        serve_with(
            Role::ChannelA,
            move || {
                if let Some(r) = release {
                    let _ = r.recv();
                }
                Toy
            },
            theirs,
            relaxed(),
        )
    });
    Child {
        to: ours.try_clone().expect("clone"),
        from: FrameReader::new(ours),
        serving,
    }
}

impl Child {
    fn send(&mut self, msgs: &[ToChannel]) {
        let mut buf = Vec::new();
        for m in msgs {
            encode_into(m, &mut buf).expect("encode");
        }
        // One write: the loop sees them all queued at once.
        self.to.write_all(&buf).expect("write");
    }

    fn next(&mut self) -> FromChannel {
        self.from
            .read::<FromChannel>()
            .expect("frame")
            .expect("not closed")
    }
}

fn eval(id: u64, prompt: &str) -> ToChannel {
    let mut req = EvalRequest::ingress(1, 0, prompt);
    req.id = id;
    ToChannel::Evaluate(req)
}

#[test]
fn answers_pings_while_the_tables_build_then_runs_queued_work_in_order() {
    let (release, wait) = mpsc::channel();
    let mut c = start(Some(wait));
    assert!(matches!(
        c.next(),
        FromChannel::Hello {
            role: Role::ChannelA,
            ..
        }
    ));
    // Sent before the channel exists: evaluated after the policy, in order.
    c.send(&[
        eval(1, "ok before policy"),
        ToChannel::Policy(PolicySnapshot::builtin(1)),
        eval(2, "ok one"),
        eval(3, "nope"),
        ToChannel::Ping { nonce: 9 },
    ]);
    // The ping is answered while the build is still held back.
    assert!(matches!(c.next(), FromChannel::Pong { nonce: 9, .. }));
    release.send(()).expect("builder waits");
    match c.next() {
        FromChannel::Verdict(v) => {
            assert_eq!(v.id, 1);
            assert_eq!(v.decision, Decision::Fault);
            assert_eq!(v.reason.as_deref(), Some("ChannelNoPolicy"));
        }
        other => panic!("expected the first verdict, got {other:?}"),
    }
    assert!(matches!(
        c.next(),
        FromChannel::PolicyLoaded { generation: 1 }
    ));
    let mut got = Vec::new();
    for _ in 0..2 {
        match c.next() {
            FromChannel::Verdict(v) => got.push((v.id, v.decision)),
            other => panic!("expected a verdict, got {other:?}"),
        }
    }
    assert_eq!(got, vec![(2, Decision::Pass), (3, Decision::Block)]);
    c.send(&[ToChannel::Shutdown]);
    assert!(c.serving.join().expect("no panic").is_ok());
}

#[test]
fn a_burst_comes_back_complete_and_in_order_and_a_panic_is_a_fault() {
    let mut c = start(None);
    assert!(matches!(c.next(), FromChannel::Hello { .. }));
    c.send(&[ToChannel::Policy(PolicySnapshot::builtin(4))]);
    assert!(matches!(
        c.next(),
        FromChannel::PolicyLoaded { generation: 4 }
    ));
    let mut burst: Vec<ToChannel> = (1..=500)
        .map(|i| {
            let mut e = eval(i, if i % 2 == 0 { "ok" } else { "no" });
            if let ToChannel::Evaluate(r) = &mut e {
                r.generation = 4;
            }
            e
        })
        .collect();
    if let ToChannel::Evaluate(r) = &mut burst[249] {
        r.prompt = "boom".into();
    }
    c.send(&burst);
    for i in 1..=500u64 {
        match c.next() {
            FromChannel::Verdict(v) => {
                assert_eq!(v.id, i);
                let want = if i == 250 {
                    Decision::Fault
                } else if i % 2 == 0 {
                    Decision::Pass
                } else {
                    Decision::Block
                };
                assert_eq!(v.decision, want, "request {i}");
            }
            other => panic!("expected verdict {i}, got {other:?}"),
        }
    }
    // A request under an older generation is refused, not judged.
    c.send(&[eval(501, "ok")]);
    match c.next() {
        FromChannel::Verdict(v) => {
            assert_eq!(v.decision, Decision::Fault);
            assert_eq!(v.reason.as_deref(), Some("ChannelPolicyGeneration:4"));
        }
        other => panic!("expected a verdict, got {other:?}"),
    }
    c.send(&[ToChannel::Shutdown]);
    assert!(c.serving.join().expect("no panic").is_ok());
}

#[test]
fn a_panicking_build_is_an_error() {
    let (ours, theirs) = UnixStream::pair().expect("socketpair");
    let serving = std::thread::spawn(move || {
        serve_with(
            Role::ChannelB,
            || -> Toy { panic!("tables do not compile") },
            theirs,
            relaxed(),
        )
    });
    let result = serving.join().expect("serve itself does not panic");
    assert!(matches!(result, Err(ServeError::Build(Role::ChannelB))));
    drop(ours);
}
