//! Shared helpers for the channel E tests: fixture generators written
//! independently of the channel's own validators.
#![allow(dead_code)]

use channel_fsm::ChannelE;
use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, PolicySnapshot, TenantPolicy};

/// Appends the Luhn check digit to `body` (ASCII digits).
pub fn luhn_complete(body: &str) -> String {
    let mut sum = 0;
    for (i, c) in body.bytes().rev().enumerate() {
        let mut v = u32::from(c - b'0');
        if i % 2 == 0 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    format!("{body}{}", (10 - sum % 10) % 10)
}

/// A Luhn-valid number of `len` digits starting with `prefix`.
pub fn card(prefix: &str, len: usize, seed: u64) -> String {
    let mut body = prefix.to_string();
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    while body.len() < len - 1 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
        body.push(char::from(b'0' + ((x >> 33) % 10) as u8));
    }
    luhn_complete(&body)
}

/// The same digits with the check digit changed (Luhn-invalid twin).
pub fn break_last(n: &str) -> String {
    let mut b = n.as_bytes().to_vec();
    let last = b.len() - 1;
    b[last] = b'0' + (b[last] - b'0' + 1) % 10;
    String::from_utf8(b).expect("ascii")
}

/// Groups `digits` by `sizes`, joined with `sep`.
pub fn group(digits: &str, sizes: &[usize], sep: &str) -> String {
    let mut out = Vec::new();
    let mut i = 0;
    for &s in sizes {
        out.push(&digits[i..i + s]);
        i += s;
    }
    out.join(sep)
}

/// An IBAN with correct check digits for `country` and `bban`.
pub fn iban(country: &str, bban: &str) -> String {
    let rearranged = format!("{bban}{country}00");
    let mut rem: u64 = 0;
    for c in rearranged.bytes() {
        if c.is_ascii_digit() {
            rem = (rem * 10 + u64::from(c - b'0')) % 97;
        } else {
            rem = (rem * 100 + u64::from(c - b'A' + 10)) % 97;
        }
    }
    format!("{country}{:02}{bban}", 98 - rem)
}

/// `s` in print format: groups of four separated by spaces.
pub fn spaced(s: &str) -> String {
    s.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn channel() -> ChannelE {
    let mut ch = ChannelE::new();
    ch.load_policy(&PolicySnapshot::builtin(1)).expect("policy");
    ch
}

pub fn channel_with(tenant: TenantPolicy) -> ChannelE {
    let mut ch = ChannelE::new();
    ch.load_policy(&PolicySnapshot {
        generation: 1,
        tenants: vec![tenant],
    })
    .expect("policy");
    ch
}

pub fn request(response: &str, system_prompt: Option<&str>) -> EvalRequest {
    EvalRequest {
        id: 1,
        generation: 1,
        tenant: 0,
        prompt: "question".into(),
        response: Some(response.to_string()),
        system_prompt: system_prompt.map(str::to_string),
    }
}

pub fn judge(ch: &mut ChannelE, response: &str) -> Outcome {
    ch.evaluate(0, &request(response, None))
}
