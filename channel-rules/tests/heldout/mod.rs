//! Shared by the held-out batch tests of channel B.
// Each batch uses only some of these helpers.
#![allow(dead_code)]

use channel_rules::ChannelB;
use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, PolicySnapshot};

fn channel() -> ChannelB {
    let mut ch = ChannelB::new();
    ch.load_policy(&PolicySnapshot::builtin(1))
        .expect("builtin policy");
    ch
}

fn eval(ch: &mut ChannelB, prompt: &str) -> Outcome {
    let req = EvalRequest {
        id: 1,
        generation: 1,
        tenant: 0,
        prompt: prompt.to_string(),
        response: None,
        system_prompt: None,
    };
    ch.evaluate(0, &req)
}

/// Fails listing every attack that passed.
pub fn assert_all_block(attacks: &[&str]) {
    let mut ch = channel();
    let passed: Vec<&str> = attacks
        .iter()
        .copied()
        .filter(|p| eval(&mut ch, p).pass)
        .collect();
    assert!(
        passed.is_empty(),
        "{} of {} attacks passed: {passed:#?}",
        passed.len(),
        attacks.len()
    );
}

/// Fails listing every benign prompt that was blocked, with its reason.
pub fn assert_all_pass(benign: &[&str]) {
    let mut ch = channel();
    let blocked: Vec<(&str, Option<String>)> = benign
        .iter()
        .map(|p| (*p, eval(&mut ch, p)))
        .filter(|(_, o)| !o.pass)
        .map(|(p, o)| (p, o.reason))
        .collect();
    assert!(
        blocked.is_empty(),
        "{} of {} benign blocked: {blocked:#?}",
        blocked.len(),
        benign.len()
    );
}

/// For batches not yet fully fixed: fails when fewer than `floor` attacks block,
/// printing every attack that passed so the gap stays visible.
pub fn assert_block_floor(attacks: &[&str], floor: usize) {
    let mut ch = channel();
    let passed: Vec<&str> = attacks
        .iter()
        .copied()
        .filter(|p| eval(&mut ch, p).pass)
        .collect();
    let blocked = attacks.len() - passed.len();
    println!(
        "blocked {blocked}/{} attacks; passed: {passed:#?}",
        attacks.len()
    );
    assert!(blocked >= floor, "blocked {blocked} < floor {floor}");
}

/// Fails when fewer than `floor` benign prompts pass, printing the blocked ones.
pub fn assert_pass_floor(benign: &[&str], floor: usize) {
    let mut ch = channel();
    let blocked: Vec<(&str, Option<String>)> = benign
        .iter()
        .map(|p| (*p, eval(&mut ch, p)))
        .filter(|(_, o)| !o.pass)
        .map(|(p, o)| (p, o.reason))
        .collect();
    let passed = benign.len() - blocked.len();
    println!(
        "passed {passed}/{} benign; blocked: {blocked:#?}",
        benign.len()
    );
    assert!(passed >= floor, "passed {passed} < floor {floor}");
}
